#include "keyfilterproxymodel.h"

#include "gui/keytablemodel.h"

#include <algorithm>

namespace {

constexpr std::size_t recentSearches = 16;

} // namespace

KeyFilterProxyModel::KeyFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(KeyTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

KeyFilterProxyModel::~KeyFilterProxyModel() = default;

void KeyFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    // Revisions are per model: another model's could look current.
    m_matches.reset();
    m_recent.clear();
    m_keys = qobject_cast<const KeyTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void KeyFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    // The source's rows are put in order once; the proxy keeps the source's order (its own sort
    // column stays -1) and so only ever filters.
    if (auto *source = qobject_cast<KeyTableModel *>(sourceModel())) {
        source->sort(column, order);
        return;
    }
    QSortFilterProxyModel::sort(column, order);
}

std::shared_ptr<const KeyFilterProxyModel::Matches>
KeyFilterProxyModel::matchesOf(const QByteArray &needle)
{
    const quint64 revision = m_keys->revision();
    // Drop what the source has changed under.
    std::erase_if(m_recent,
                  [revision](const auto &matches) { return matches->revision != revision; });
    const Matches *narrowest = nullptr;
    for (const auto &recent : m_recent) {
        if (recent->needle == needle) {
            return recent;
        }
        // A row that does not contain "mar" cannot contain "margin".
        if (needle.contains(recent->needle)
            && (!narrowest || recent->needle.size() > narrowest->needle.size())) {
            narrowest = recent.get();
        }
    }
    auto matches = std::make_shared<Matches>();
    matches->needle = needle;
    matches->revision = revision;
    const KeySearchIndex &index = m_keys->searchIndex();
    matches->rows =
        narrowest ? index.find(needle, &narrowest->rows, narrowest->count) : index.find(needle);
    matches->count = std::count(matches->rows.begin(), matches->rows.end(), true);
    m_recent.push_front(matches);
    if (m_recent.size() > recentSearches) {
        m_recent.pop_back();
    }
    return matches;
}

void KeyFilterProxyModel::setSearchText(const QString &text)
{
    const QByteArray folded = KeySearchIndex::fold(text.trimmed());
    if (folded == m_search) {
        return;
    }
    if (!m_keys) {
        m_search = folded;
        invalidateRowsFilter();
        return;
    }
    // What was shown (the previous search's matches, as of now) against what is to be shown.
    const std::shared_ptr<const Matches> before =
        m_search.isEmpty() ? nullptr : matchesOf(m_search);
    const std::shared_ptr<const Matches> after = folded.isEmpty() ? nullptr : matchesOf(folded);
    m_search = folded;
    m_matches = after;

    // Which rows change sides? Often none (typing on within the same matches) or a few: then the
    // rows are removed or inserted one by one. Many: one layout change, as the incremental
    // filter would remove or insert thousands of scattered single rows, each handled in linear
    // time by the view's headers (seconds per keystroke with 100 000 keys).
    constexpr int fewChanges = 64;
    int changes = 0;
    const int rows = m_keys->rowCount();
    for (int row = 0; row < rows && changes <= fewChanges; ++row) {
        const bool was = !before || before->rows[row];
        const bool is = !after || after->rows[row];
        if (was != is && passesOtherFilters(row)) {
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

bool KeyFilterProxyModel::passesOtherFilters(int sourceRow) const
{
    const ApiKey &key = m_keys->keyAt(sourceRow);
    if (!m_environment.isEmpty() && key.environment.id() != m_environment) {
        return false;
    }
    if ((m_state == State::On && !key.enabled) || (m_state == State::Off && key.enabled)) {
        return false;
    }
    return !m_right || key.rights.has(*m_right);
}

bool KeyFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_keys || sourceParent.isValid()) {
        return true;
    }
    if (!m_search.isEmpty()) {
        // The cached matches while the source is as they saw it; else (a key added, changed or
        // moved, and the proxy told of it) the row itself.
        const bool matches = m_matches && m_matches->revision == m_keys->revision()
            ? m_matches->rows[sourceRow]
            : m_keys->searchIndex().rowContains(sourceRow, m_search);
        if (!matches) {
            return false;
        }
    }
    return passesOtherFilters(sourceRow);
}
