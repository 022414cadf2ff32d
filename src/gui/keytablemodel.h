#pragma once

#include "core/apikey.h"
#include "gui/keysearchindex.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>
#include <optional>

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
    // The rows themselves are kept in this order, new and changed keys included, so a filter on
    // top never has to sort again: with 100 000 keys, re-sorting the matches after every
    // keystroke cost several frames (88 ms per keystroke, against one frame asked for; see
    // BENCHMARKS.md). This sets aside the usual rule that only the proxy sorts, on purpose: the
    // proxy passes sort() here and only filters. Column -1 keeps the current order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    const ApiKey &keyAt(int row) const { return m_keys.at(row); }
    // Label, public key and note of every row, one per line, folded: what the search looks in.
    // Built on first use (the window asks for it when its search field is entered), then kept up
    // to date.
    const KeySearchIndex &searchIndex() const;
    // Changes with every row added, changed, removed or moved: lets a cache of per-row results
    // know it is stale, even while the model's own signals are still being delivered.
    quint64 revision() const { return m_revision; }
    int rowOf(const QUuid &id) const;
    static std::optional<Right> rightOfColumn(int column);
    // The order of sort(column, Qt::AscendingOrder), comparing the keys themselves.
    static bool lessThan(const ApiKey &left, const ApiKey &right, int column);

Q_SIGNALS:
    // A change the repository refused (file not writable, ...), to show to the user.
    void changeFailed(const QString &message);

private:
    bool rowLess(const ApiKey &left, const ApiKey &right) const;
    // Where a key belongs among the rows, leaving out `skip` (its current row, or -1).
    int sortedPosition(const ApiKey &key, int skip) const;
    void addKey(const QUuid &id);
    void changeKey(const QUuid &id);
    void removeKey(const QUuid &id);
    bool applyRights(const ApiKey &key, AccessRights wanted);
    QVariant displayData(const ApiKey &key, int column) const;
    QVariant toolTip(const ApiKey &key, int column) const;

    KeyRepository *m_repository;
    QList<ApiKey> m_keys;
    mutable std::optional<KeySearchIndex> m_searchIndex; // row for row with m_keys, once built
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    quint64 m_revision = 0;
    GrantConfirmer m_confirmGrant;
    int m_auditReminderDays = 30;
};
