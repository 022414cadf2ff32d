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
    invalidateRowsFilter();
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

bool KeyFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_search.isEmpty()
        && !index.data(KeyTableModel::SearchTextRole)
                .toString()
                .contains(m_search, Qt::CaseInsensitive)) {
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
