#pragma once

#include "core/apikey.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>

class KeyRepository;

// The table of HitBTC's API-keys page: one row per key, with the ON/OFF switch and the rights as
// checkable cells. It follows KeyRepository's signals and changes keys only through it.
class KeyTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        LabelColumn,
        EnvironmentColumn,
        PublicKeyColumn,
        StatusColumn,
        ReadColumn,
        TradeColumn,
        PaymentColumn,
        WithdrawColumn,
        AllowAllColumn,
        CreatedColumn,
        LastUsedColumn,
        LastAuditColumn,
        DeleteColumn,
        ColumnCount
    };
    enum Role {
        KeyIdRole = Qt::UserRole + 1,
        SortRole,
        EnabledRole,
        SearchTextRole,
        EnvironmentIdRole,
        RightsBitsRole,
        AuditDueRole,
        ObservedRole, // for a right column: the Observed of the last audit, or nothing
    };

    // Asked before rights that need a confirmation (trade, withdraw) are granted; false cancels.
    using GrantConfirmer = std::function<bool(const ApiKey &key, AccessRights newlyGranted)>;

    explicit KeyTableModel(KeyRepository *repository, QObject *parent = nullptr);
    ~KeyTableModel() override;

    void setGrantConfirmer(GrantConfirmer confirmer) { m_confirmGrant = std::move(confirmer); }
    // Keys whose last audit is older than this (or never) are marked due.
    void setAuditReminderDays(int days);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    const ApiKey &keyAt(int row) const { return m_keys.at(row); }
    int rowOf(const QUuid &id) const;
    static std::optional<Right> rightOfColumn(int column);

Q_SIGNALS:
    // A change the repository refused (file not writable, ...), to show to the user.
    void changeFailed(const QString &message);

private:
    void addKey(const QUuid &id);
    void changeKey(const QUuid &id);
    void removeKey(const QUuid &id);
    bool applyRights(const ApiKey &key, AccessRights wanted);
    QVariant displayData(const ApiKey &key, int column) const;
    QVariant toolTip(const ApiKey &key, int column) const;

    KeyRepository *m_repository;
    QList<ApiKey> m_keys;
    GrantConfirmer m_confirmGrant;
    int m_auditReminderDays = 30;
};
