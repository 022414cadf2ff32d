#include "keyfilterproxymodel.h"

#include "gui/keytablemodel.h"

KeyFilterProxyModel::KeyFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(KeyTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void KeyFilterProxyModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search) {
        return;
    }
    m_search = trimmed;
    const auto *keys = qobject_cast<const KeyTableModel *>(sourceModel());
    if (!keys) {
        invalidate();
        return;
    }
    // Which rows change sides? Often none (typing on within the same matches) or a few: then the
    // sorted mapping is kept. Many: one layout change rather than the incremental filter, which
    // with 100 000 keys would remove or insert thousands of scattered single rows, each handled
    // in linear time by the view's headers (seconds per keystroke).
    constexpr int fewChanges = 64;
    int changes = 0;
    for (int row = 0; row < keys->rowCount() && changes <= fewChanges; ++row) {
        const bool shown = mapFromSource(keys->index(row, 0)).isValid();
        if (shown != filterAcceptsRow(row, {})) {
            ++changes;
        }
    }
    if (changes > fewChanges) {
        invalidate();
    } else if (changes > 0) {
        invalidateRowsFilter();
    }
}

void KeyFilterProxyModel::setEnvironment(const QString &environmentId)
{
    m_environment = environmentId;
    invalidateRowsFilter();
}

void KeyFilterProxyModel::setState(State state)
{
    m_state = state;
    invalidateRowsFilter();
}

void KeyFilterProxyModel::setRequiredRight(std::optional<Right> right)
{
    m_right = right;
    invalidateRowsFilter();
}

bool KeyFilterProxyModel::matchesSearch(const QModelIndex &index) const
{
    // The search text is one line: it matches the joined SearchTextRole exactly when it matches
    // one of its fields, which are read in place instead of joined for every row.
    const auto *keys = qobject_cast<const KeyTableModel *>(sourceModel());
    if (keys && !m_search.contains(u'\n')) {
        const ApiKey &key = keys->keyAt(index.row());
        return key.label.contains(m_search, Qt::CaseInsensitive)
            || key.publicKey.contains(m_search, Qt::CaseInsensitive)
            || key.note.contains(m_search, Qt::CaseInsensitive);
    }
    return index.data(KeyTableModel::SearchTextRole)
        .toString()
        .contains(m_search, Qt::CaseInsensitive);
}

bool KeyFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *keys = qobject_cast<const KeyTableModel *>(sourceModel());
    if (!keys) {
        return true;
    }
    const QModelIndex index = keys->index(sourceRow, 0, sourceParent);
    if (!m_search.isEmpty() && !matchesSearch(index)) {
        return false;
    }
    const ApiKey &key = keys->keyAt(sourceRow);
    if (!m_environment.isEmpty() && key.environment.id() != m_environment) {
        return false;
    }
    if ((m_state == State::On && !key.enabled) || (m_state == State::Off && key.enabled)) {
        return false;
    }
    if (m_right && !key.rights.has(*m_right)) {
        return false;
    }
    return true;
}

bool KeyFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *keys = qobject_cast<const KeyTableModel *>(sourceModel());
    if (!keys || left.column() != right.column() || sortRole() != KeyTableModel::SortRole) {
        return QSortFilterProxyModel::lessThan(left, right);
    }
    const ApiKey &a = keys->keyAt(left.row());
    const ApiKey &b = keys->keyAt(right.row());
    // An invalid date sorts first, as QVariant's comparison of a null QDateTime does.
    const auto earlier = [](const QDateTime &x, const QDateTime &y) {
        if (!x.isValid() || !y.isValid()) {
            return !x.isValid() && y.isValid();
        }
        return x < y;
    };
    switch (left.column()) {
    case KeyTableModel::LabelColumn:
        return a.label.compare(b.label, Qt::CaseInsensitive) < 0;
    case KeyTableModel::PublicKeyColumn:
        return a.publicKey.compare(b.publicKey, Qt::CaseInsensitive) < 0;
    case KeyTableModel::StatusColumn:
        return !a.enabled && b.enabled;
    case KeyTableModel::CreatedColumn:
        return earlier(a.created, b.created);
    case KeyTableModel::LastUsedColumn:
        return earlier(a.lastUsed, b.lastUsed);
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}
