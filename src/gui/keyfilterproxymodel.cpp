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
    // One layout change rather than the incremental filter: with 100 000 keys sorted by date, a
    // keystroke would otherwise remove or insert thousands of scattered single rows, each of
    // which the view's headers handle in linear time (seconds per key).
    invalidate();
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
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_search.isEmpty() && !matchesSearch(index)) {
        return false;
    }
    if (!m_environment.isEmpty()
        && index.data(KeyTableModel::EnvironmentIdRole).toString() != m_environment) {
        return false;
    }
    const bool enabled = index.data(KeyTableModel::EnabledRole).toBool();
    if ((m_state == State::On && !enabled) || (m_state == State::Off && enabled)) {
        return false;
    }
    if (m_right) {
        const AccessRights rights =
            AccessRights::fromBits(index.data(KeyTableModel::RightsBitsRole).toUInt());
        if (!rights.has(*m_right)) {
            return false;
        }
    }
    return true;
}
