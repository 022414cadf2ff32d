#include "keytablemodel.h"

#include "audit/keyrisks.h"

#include "gui/keysearchindex.h"

#include "storage/keyrepository.h"

#include <QApplication>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPalette>
#include <QStyle>

#include <algorithm>
#include <numeric>
#include <vector>

namespace {

QByteArray searchText(const ApiKey &key)
{
    return KeySearchIndex::fold(QStringList {key.label, key.publicKey, key.note}.join(u'\n'));
}

QString dateText(const QDateTime &time)
{
    // Compact and unambiguous in every locale: traders compare these at a glance.
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : QString();
}

} // namespace

KeyTableModel::KeyTableModel(KeyRepository *repository, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
    , m_keys(repository->keys())
{
    connect(m_repository, &KeyRepository::keyAdded, this, &KeyTableModel::addKey);
    connect(m_repository, &KeyRepository::keyChanged, this, &KeyTableModel::changeKey);
    connect(m_repository, &KeyRepository::keyRemoved, this, &KeyTableModel::removeKey);
}

KeyTableModel::~KeyTableModel() = default;

const KeySearchIndex &KeyTableModel::searchIndex() const
{
    if (!m_searchIndex) {
        m_searchIndex.emplace();
        m_searchIndex->assign(m_keys.size(),
                              [this](qsizetype row) { return searchText(m_keys.at(row)); });
    }
    return *m_searchIndex;
}

int KeyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_keys.size());
}

int KeyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int KeyTableModel::rowOf(const QUuid &id) const
{
    for (int row = 0; row < m_keys.size(); ++row) {
        if (m_keys.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

std::optional<Right> KeyTableModel::rightOfColumn(int column)
{
    switch (column) {
    case ReadColumn:
        return Right::Read;
    case TradeColumn:
        return Right::Trade;
    case PaymentColumn:
        return Right::Payment;
    case WithdrawColumn:
        return Right::Withdraw;
    default:
        return std::nullopt;
    }
}

bool KeyTableModel::lessThan(const ApiKey &left, const ApiKey &right, int column)
{
    // An invalid date sorts first.
    const auto earlier = [](const QDateTime &x, const QDateTime &y) {
        if (!x.isValid() || !y.isValid()) {
            return !x.isValid() && y.isValid();
        }
        return x < y;
    };
    switch (column) {
    case LabelColumn:
        return left.label.compare(right.label, Qt::CaseInsensitive) < 0;
    case EnvironmentColumn:
        return left.environment.displayName().compare(right.environment.displayName(),
                                                      Qt::CaseInsensitive)
            < 0;
    case PublicKeyColumn:
        return left.publicKey.compare(right.publicKey, Qt::CaseInsensitive) < 0;
    case StatusColumn:
        return !left.enabled && right.enabled;
    case AllowAllColumn:
        return left.rights.count() < right.rights.count();
    case CreatedColumn:
        return earlier(left.created, right.created);
    case LastUsedColumn:
        return earlier(left.lastUsed, right.lastUsed);
    case LastAuditColumn:
        return earlier(left.lastAudit ? left.lastAudit->time : QDateTime(),
                       right.lastAudit ? right.lastAudit->time : QDateTime());
    default:
        if (const std::optional<Right> columnRight = rightOfColumn(column)) {
            return !left.rights.has(*columnRight) && right.rights.has(*columnRight);
        }
        return false; // the delete column: every row alike
    }
}

bool KeyTableModel::rowLess(const ApiKey &left, const ApiKey &right) const
{
    return m_sortOrder == Qt::AscendingOrder ? lessThan(left, right, m_sortColumn)
                                             : lessThan(right, left, m_sortColumn);
}

int KeyTableModel::sortedPosition(const ApiKey &key, int skip) const
{
    const int count = static_cast<int>(m_keys.size()) - (skip >= 0 ? 1 : 0);
    if (m_sortColumn < 0) {
        return skip >= 0 ? skip : count;
    }
    // After the equal keys (upper bound): a stable order, as the sort itself.
    int low = 0;
    int high = count;
    while (low < high) {
        const int middle = low + (high - low) / 2;
        const int row = skip >= 0 && middle >= skip ? middle + 1 : middle;
        if (rowLess(key, m_keys.at(row))) {
            high = middle;
        } else {
            low = middle + 1;
        }
    }
    return low;
}

void KeyTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < -1 || column >= ColumnCount) {
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    if (column < 0 || m_keys.size() < 2) {
        return;
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    std::vector<int> permutation(m_keys.size());
    std::iota(permutation.begin(), permutation.end(), 0);
    std::stable_sort(permutation.begin(), permutation.end(), [this](int left, int right) {
        return rowLess(m_keys.at(left), m_keys.at(right));
    });
    std::vector<int> newRowOf(m_keys.size());
    for (int row = 0; row < static_cast<int>(permutation.size()); ++row) {
        newRowOf[permutation[row]] = row;
    }
    // In place, cycle by cycle (a sorted copy of 10 000 keys was the start-up's largest block).
    std::vector<bool> placed(m_keys.size(), false);
    for (qsizetype start = 0; start < m_keys.size(); ++start) {
        if (placed[start]) {
            continue;
        }
        ApiKey carried = std::move(m_keys[start]);
        qsizetype at = start;
        while (permutation[at] != start) {
            m_keys[at] = std::move(m_keys[permutation[at]]);
            placed[at] = true;
            at = permutation[at];
        }
        m_keys[at] = std::move(carried);
        placed[at] = true;
    }
    if (m_searchIndex) {
        m_searchIndex->reorder(permutation);
    }
    ++m_revision;
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before) {
        after.append(this->index(newRowOf[index.row()], index.column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void KeyTableModel::addKey(const QUuid &id)
{
    const std::optional<ApiKey> key = m_repository->key(id);
    if (!key || rowOf(id) >= 0) {
        return;
    }
    const int row = sortedPosition(*key, -1);
    beginInsertRows({}, row, row);
    m_keys.insert(row, *key);
    if (m_searchIndex) {
        m_searchIndex->insert(row, searchText(*key));
    }
    ++m_revision;
    endInsertRows();
}

void KeyTableModel::changeKey(const QUuid &id)
{
    int row = rowOf(id);
    const std::optional<ApiKey> key = m_repository->key(id);
    if (row < 0 || !key) {
        return;
    }
    // A change of the sorted field moves the row to its place; a row still in order between its
    // neighbours stays where it is (under the user's pointer), as QSortFilterProxyModel leaves it.
    const bool inOrder = m_sortColumn < 0
        || ((row == 0 || !rowLess(*key, m_keys.at(row - 1)))
            && (row + 1 == m_keys.size() || !rowLess(m_keys.at(row + 1), *key)));
    const int target = inOrder ? row : sortedPosition(*key, row);
    if (target != row) {
        beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
        m_keys.move(row, target);
        if (m_searchIndex) {
            m_searchIndex->move(row, target);
        }
        ++m_revision;
        endMoveRows();
        row = target;
    }
    m_keys[row] = *key;
    if (m_searchIndex) {
        m_searchIndex->replace(row, searchText(*key));
    }
    ++m_revision;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void KeyTableModel::removeKey(const QUuid &id)
{
    const int row = rowOf(id);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_keys.removeAt(row);
    if (m_searchIndex) {
        m_searchIndex->remove(row);
    }
    ++m_revision;
    endRemoveRows();
}

QVariant KeyTableModel::displayData(const ApiKey &key, int column) const
{
    switch (column) {
    case LabelColumn:
        return key.label;
    case EnvironmentColumn:
        return key.environment.displayName();
    case PublicKeyColumn:
        return key.publicKey;
    case StatusColumn:
        return key.enabled ? tr("ON") : tr("OFF");
    case CreatedColumn:
        return dateText(key.created);
    case LastUsedColumn:
        return key.lastUsed.isValid() ? dateText(key.lastUsed) : tr("never");
    case LastAuditColumn: {
        const QString when = key.lastAudit ? dateText(key.lastAudit->time) : tr("never");
        return KeyRisks::auditDue(key, m_auditReminderDays, QDateTime::currentDateTimeUtc())
            ? tr("%1 \u2022 due").arg(when)
            : when;
    }
    default:
        if (const std::optional<Right> right = rightOfColumn(column); right && key.lastAudit) {
            // Words beside the checkbox, so the audit does not rely on colour alone.
            switch (key.lastAudit->observed(*right)) {
            case Observed::Yes:
                return key.rights.has(*right) ? tr("seen") : tr("seen!");
            case Observed::No:
                return key.rights.has(*right) ? tr("refused!") : tr("refused");
            case Observed::Unknown:
                return tr("unknown");
            case Observed::NotProbed:
                return tr("not probed");
            }
        }
        return {};
    }
}

void KeyTableModel::setAuditReminderDays(int days)
{
    if (days == m_auditReminderDays) {
        return;
    }
    m_auditReminderDays = days;
    if (!m_keys.isEmpty()) {
        Q_EMIT dataChanged(index(0, LastAuditColumn), index(rowCount() - 1, LastAuditColumn),
                           {Qt::DisplayRole, AuditDueRole});
    }
}

QVariant KeyTableModel::toolTip(const ApiKey &key, int column) const
{
    if (const std::optional<Right> right = rightOfColumn(column)) {
        QString text = tr("%1: %2").arg(AccessRights::title(*right),
                                        key.rights.has(*right) ? tr("granted") : tr("not granted"));
        if (key.lastAudit) {
            const Observed observed = key.lastAudit->observed(*right);
            text += u'\n';
            if (observed == Observed::Yes && !key.rights.has(*right)) {
                text += tr("The audit of %1 found it allowed: this key can do more than you "
                           "think.");
            } else if (observed == Observed::No && key.rights.has(*right)) {
                text += tr("The audit of %1 found it refused by the exchange.");
            } else if (observed == Observed::Yes) {
                text += tr("The audit of %1 confirmed it.");
            } else if (observed == Observed::No) {
                text += tr("The audit of %1 confirmed the exchange refuses it.");
            } else if (observed == Observed::NotProbed) {
                text += tr("Not probed by the audit of %1.");
            } else {
                text += tr("The audit of %1 could not tell.");
            }
            text = text.arg(dateText(key.lastAudit->time));
        }
        return text;
    }
    switch (column) {
    case PublicKeyColumn:
        return tr("Public key %1 (the secret is in the OS keychain)").arg(key.publicKey);
    case StatusColumn:
        return key.enabled
            ? tr("ON: this key may sign requests. Click or press Space to revoke it.")
            : tr("OFF (revoked): a revoked key cannot authenticate requests. Click "
                 "or press Space to enable it.");
    case AllowAllColumn:
        return tr("Allow all: every right, including trading and withdrawals");
    case EnvironmentColumn:
        return key.environment.isSandbox() ? tr("The embedded sandbox exchange")
                                           : key.environment.baseUrl().toString();
    case DeleteColumn:
        return tr("Delete this key for good");
    case LabelColumn: {
        QStringList lines {key.label};
        if (!key.note.isEmpty()) {
            lines << key.note;
        }
        QList<ApiKey> sameKey; // what the risk notes look for among the others
        for (const ApiKey &other : m_keys) {
            if (other.publicKey == key.publicKey) {
                sameKey.append(other);
            }
        }
        const QStringList risks =
            KeyRisks::notes(key, sameKey, m_auditReminderDays, QDateTime::currentDateTimeUtc());
        for (const QString &risk : risks) {
            lines << QStringLiteral("\u2022 ") + risk;
        }
        return lines.join(u'\n');
    }
    case LastAuditColumn:
        return key.lastAudit ? tr("Last audit: %1").arg(key.lastAudit->summary)
                             : tr("Never audited: select the key and choose Audit.");
    default:
        return key.note.isEmpty() ? QVariant() : QVariant(key.note);
    }
}

QVariant KeyTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const ApiKey &key = m_keys.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(key, column);
    case Qt::EditRole:
        return column == LabelColumn ? QVariant(key.label) : QVariant();
    case Qt::CheckStateRole:
        if (column == StatusColumn) {
            return key.enabled ? Qt::Checked : Qt::Unchecked;
        }
        if (const std::optional<Right> right = rightOfColumn(column)) {
            return key.rights.has(*right) ? Qt::Checked : Qt::Unchecked;
        }
        if (column == AllowAllColumn) {
            return key.rights.isAll() ? Qt::Checked
                : key.rights.isNone() ? Qt::Unchecked
                                      : Qt::PartiallyChecked;
        }
        return {};
    case Qt::ToolTipRole:
        return toolTip(key, column);
    case Qt::AccessibleTextRole:
        if (column == StatusColumn) {
            return key.enabled ? tr("Key %1 is ON").arg(key.label)
                               : tr("Key %1 is OFF").arg(key.label);
        }
        if (const std::optional<Right> right = rightOfColumn(column)) {
            const QString declared =
                tr("%1 for %2: %3")
                    .arg(AccessRights::title(*right), key.label,
                         key.rights.has(*right) ? tr("granted") : tr("not granted"));
            const QString observed = displayData(key, column).toString();
            return observed.isEmpty() ? declared : tr("%1; last audit: %2").arg(declared, observed);
        }
        if (column == AllowAllColumn) {
            const QString state = key.rights.isAll() ? tr("every right granted")
                : key.rights.isNone()                ? tr("no right granted")
                                                     : tr("some rights granted");
            return tr("Allow all for %1: %2").arg(key.label, state);
        }
        if (column == DeleteColumn) {
            return tr("Delete key %1").arg(key.label);
        }
        return displayData(key, column);
    case Qt::DecorationRole:
        // A key that can move money out is marked where the eye starts: its label.
        if (column == LabelColumn && key.rights.has(Right::Withdraw)) {
            static const QIcon withdrawMark(QStringLiteral(":/icons/warning.svg"));
            return withdrawMark;
        }
        return {};
    case Qt::FontRole:
        if (column == PublicKeyColumn) {
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        }
        return {};
    case Qt::ForegroundRole:
        // A revoked key's row is greyed, as on the site.
        if (!key.enabled) {
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        }
        if (const std::optional<Right> right = rightOfColumn(column); right && key.lastAudit) {
            const Observed observed = key.lastAudit->observed(*right);
            if (observed == Observed::Unknown || observed == Observed::NotProbed) {
                return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
            }
        }
        if (column == WithdrawColumn && key.rights.has(Right::Withdraw)) {
            return QGuiApplication::palette().brush(QPalette::Active, QPalette::Highlight);
        }
        return {};
    case Qt::BackgroundRole:
        // Declared and observed side by side: red when the key can do more than declared,
        // amber when the exchange refuses what is declared. Translucent, so dark themes work.
        if (const std::optional<Right> right = rightOfColumn(column); right && key.lastAudit) {
            const Observed observed = key.lastAudit->observed(*right);
            if (observed == Observed::Yes && !key.rights.has(*right)) {
                return QBrush(QColor(220, 53, 69, 90));
            }
            if (observed == Observed::No && key.rights.has(*right)) {
                return QBrush(QColor(255, 176, 32, 110));
            }
        }
        if (column == LastAuditColumn
            && KeyRisks::auditDue(key, m_auditReminderDays, QDateTime::currentDateTimeUtc())) {
            return QBrush(QColor(255, 176, 32, 60));
        }
        return {};
    case AuditDueRole:
        return KeyRisks::auditDue(key, m_auditReminderDays, QDateTime::currentDateTimeUtc());
    case ObservedRole:
        if (const std::optional<Right> right = rightOfColumn(column); right && key.lastAudit) {
            return static_cast<int>(key.lastAudit->observed(*right));
        }
        return {};
    case KeyIdRole:
        return key.id;
    case EnabledRole:
        return key.enabled;
    case EnvironmentIdRole:
        return key.environment.id();
    case RightsBitsRole:
        return key.rights.bits();
    case SearchTextRole:
        return QStringList {key.label, key.publicKey, key.note}.join(u'\n');
    case SortRole:
        switch (column) {
        case StatusColumn:
            return key.enabled ? 1 : 0;
        case ReadColumn:
        case TradeColumn:
        case PaymentColumn:
        case WithdrawColumn:
            return key.rights.has(*rightOfColumn(column)) ? 1 : 0;
        case AllowAllColumn:
            return key.rights.count();
        case CreatedColumn:
            return key.created;
        case LastUsedColumn:
            return key.lastUsed;
        case LastAuditColumn:
            return key.lastAudit ? key.lastAudit->time : QDateTime();
        default:
            return displayData(key, column).toString().toLower();
        }
    default:
        return {};
    }
}

QVariant KeyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (const std::optional<Right> right = rightOfColumn(section)) {
            return AccessRights::title(*right);
        }
        return section == AllowAllColumn ? tr("Grant every right at once") : QVariant();
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case LabelColumn:
        return tr("Label");
    case EnvironmentColumn:
        return tr("Environment");
    case PublicKeyColumn:
        return tr("Public key");
    case StatusColumn:
        return tr("Status");
    case ReadColumn:
        return tr("Order book, History,\nTrading balance");
    case TradeColumn:
        return tr("Place/cancel\norders");
    case PaymentColumn:
        return tr("Payment\ninformation");
    case WithdrawColumn:
        return tr("Withdraw\ncryptocurrencies");
    case AllowAllColumn:
        return tr("Allow all");
    case CreatedColumn:
        return tr("Created");
    case LastUsedColumn:
        return tr("Last used");
    case LastAuditColumn:
        return tr("Last audit");
    case DeleteColumn:
        return tr("Delete");
    default:
        return {};
    }
}

Qt::ItemFlags KeyTableModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const int column = index.column();
    if (column == StatusColumn || rightOfColumn(column) || column == AllowAllColumn) {
        flags |= Qt::ItemIsUserCheckable;
    }
    if (column == LabelColumn) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

bool KeyTableModel::applyRights(const ApiKey &key, AccessRights wanted)
{
    if (wanted == key.rights) {
        return true;
    }
    const AccessRights newlyGranted = wanted.minus(key.rights);
    const bool needsConfirmation =
        newlyGranted.hasSensitive() || (wanted.isAll() && !key.rights.isAll());
    if (needsConfirmation && (!m_confirmGrant || !m_confirmGrant(key, newlyGranted))) {
        return false;
    }
    const Error error = m_repository->setRights(key.id, wanted);
    if (error.isError()) {
        Q_EMIT changeFailed(error.message);
        return false;
    }
    return true;
}

bool KeyTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return false;
    }
    const ApiKey key = m_keys.at(index.row()); // a copy: the repository's signals replace the row
    const int column = index.column();
    if (role == Qt::EditRole && column == LabelColumn) {
        const Error error = m_repository->setLabel(key.id, value.toString());
        if (error.isError()) {
            Q_EMIT changeFailed(error.message);
        }
        return !error.isError();
    }
    if (role != Qt::CheckStateRole) {
        return false;
    }
    const bool on = value.value<Qt::CheckState>() == Qt::Checked;
    if (column == StatusColumn) {
        const Error error = m_repository->setEnabled(key.id, on);
        if (error.isError()) {
            Q_EMIT changeFailed(error.message);
        }
        return !error.isError();
    }
    if (const std::optional<Right> right = rightOfColumn(column)) {
        AccessRights wanted = key.rights;
        wanted.set(*right, on);
        return applyRights(key, wanted);
    }
    if (column == AllowAllColumn) {
        // Checking "Allow all" grants all four; unchecking revokes all.
        return applyRights(key, on ? AccessRights::all() : AccessRights::none());
    }
    return false;
}
