// The key table at scale: loading, sorting and filtering 100 000 keys through KeyTableModel and
// KeyFilterProxyModel in the real MainWindow (offscreen), and saving one change with 10 000 keys.
// Each figure has a baseline run in the same process: the bare work (JSON parse, string sort,
// substring search, QSaveFile write) without Keyrack's layers.

#include "benchkeys.h"

#include "gui/keyfilterproxymodel.h"
#include "gui/keytablemodel.h"
#include "gui/mainwindow.h"
#include "gui/prompter.h"
#include "storage/appsettings.h"
#include "storage/keyrepository.h"
#include "storage/metadatastore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSaveFile>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace {

constexpr int modelKeys = 100000;
constexpr int saveKeys = 10000;

// What the window needs, on a data directory with `count` keys.
struct Fixture
{
    explicit Fixture(int count)
    {
        if (!directory.isValid() || !BenchKeys::writeKeyFile(directory.path(), count)) {
            std::fprintf(stderr, "cannot write the benchmark's keys.json in %s\n",
                         qPrintable(directory.path()));
            std::exit(1);
        }
        store = std::make_unique<MetadataStore>(directory.path());
        repository = std::make_unique<KeyRepository>(store.get(), &vault);
        if (repository->load().isError()) {
            std::fprintf(stderr, "cannot load the benchmark's keys.json\n");
            std::exit(1);
        }
    }

    QString filePath() const { return store->filePath(); }

    QTemporaryDir directory;
    CountingVault vault;
    std::unique_ptr<MetadataStore> store;
    std::unique_ptr<KeyRepository> repository;
};

// Made on first use and destroyed in main(), before the QApplication they need.
std::unique_ptr<Fixture> s_modelFixture;
std::unique_ptr<Fixture> s_saveFixture;
struct WindowFixture;
std::unique_ptr<WindowFixture> s_windowFixture;

Fixture &modelFixture()
{
    if (!s_modelFixture) {
        s_modelFixture = std::make_unique<Fixture>(modelKeys);
    }
    return *s_modelFixture;
}

// The real window on 100 000 keys, shown offscreen, as a user would have it.
struct WindowFixture
{
    WindowFixture()
        : window(modelFixture().repository.get(), &prompter, &settings)
    {
        window.resize(1460, 560);
        window.show();
        QApplication::processEvents();
        search = window.findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
        view = window.findChild<QTableView *>(QStringLiteral("keyTableView"));
        if (!search || !view) {
            std::fprintf(stderr, "the main window has no searchLineEdit or keyTableView\n");
            std::exit(1);
        }
    }

    DialogPrompter prompter;
    AppSettings settings;
    MainWindow window;
    QLineEdit *search = nullptr;
    QTableView *view = nullptr;
};

WindowFixture &windowFixture()
{
    if (!s_windowFixture) {
        s_windowFixture = std::make_unique<WindowFixture>();
    }
    return *s_windowFixture;
}

// keys.json to a sorted, filterable model: what start-up does before the first paint.
void modelLoad(benchmark::State &state)
{
    const QString dataDir = modelFixture().directory.path();
    for (auto _ : state) {
        CountingVault vault;
        MetadataStore store(dataDir);
        KeyRepository repository(&store, &vault);
        if (repository.load().isError()) {
            state.SkipWithError("load failed");
            break;
        }
        KeyTableModel model(&repository);
        KeyFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(KeyTableModel::CreatedColumn, Qt::AscendingOrder);
        benchmark::DoNotOptimize(proxy.rowCount());
        if (vault.calls() != 0) {
            state.SkipWithError("loading touched the keychain");
        }
    }
    state.counters["keys"] = modelKeys;
}
BENCHMARK(modelLoad)
    ->Name("model/load+sort 100k keys (MetadataStore, KeyRepository, models)")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(3);

void jsonParse(benchmark::State &state)
{
    QFile file(modelFixture().filePath());
    if (!file.open(QIODevice::ReadOnly)) {
        state.SkipWithError("cannot read keys.json");
        return;
    }
    const QByteArray bytes = file.readAll();
    for (auto _ : state) {
        const QJsonDocument document = QJsonDocument::fromJson(bytes);
        benchmark::DoNotOptimize(document.object().size());
    }
}
BENCHMARK(jsonParse)
    ->Name("model/baseline:QJsonDocument::fromJson of the same keys.json")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(3);

// A click on the Label header: the whole proxy is sorted again, with the view attached.
void windowSortByLabel(benchmark::State &state)
{
    WindowFixture &fixture = windowFixture();
    fixture.search->clear();
    bool ascending = false;
    for (auto _ : state) {
        ascending = !ascending;
        fixture.view->sortByColumn(KeyTableModel::LabelColumn,
                                   ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
        QApplication::processEvents();
    }
    fixture.view->sortByColumn(KeyTableModel::CreatedColumn, Qt::AscendingOrder);
    QApplication::processEvents();
}
BENCHMARK(windowSortByLabel)
    ->Name("model/sort 100k keys by label (MainWindow)")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(4);

void stringSort(benchmark::State &state)
{
    QStringList labels;
    for (const ApiKey &key : modelFixture().repository->keys()) {
        labels.append(key.label);
    }
    bool ascending = false;
    for (auto _ : state) {
        ascending = !ascending;
        QStringList copy = labels;
        std::stable_sort(copy.begin(), copy.end(), [ascending](const QString &a, const QString &b) {
            const int order = a.compare(b, Qt::CaseInsensitive);
            return ascending ? order < 0 : order > 0;
        });
        benchmark::DoNotOptimize(copy.constData());
    }
}
BENCHMARK(stringSort)
    ->Name("model/baseline:std::stable_sort of the 100k labels")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(4);

// Typing "margin" in the search field and erasing it, one key at a time, with the window
// repainted after each: the figure is per keystroke, max_ms the slowest one.
const QList<int> keystrokes = {Qt::Key_M,         Qt::Key_A,         Qt::Key_R,
                               Qt::Key_G,         Qt::Key_I,         Qt::Key_N,
                               Qt::Key_Backspace, Qt::Key_Backspace, Qt::Key_Backspace,
                               Qt::Key_Backspace, Qt::Key_Backspace, Qt::Key_Backspace};

void windowKeystroke(benchmark::State &state)
{
    WindowFixture &fixture = windowFixture();
    fixture.search->clear();
    fixture.search->setFocus();
    QApplication::processEvents();
    qsizetype i = 0;
    double slowestMs = 0;
    QElapsedTimer timer;
    for (auto _ : state) {
        timer.start();
        QTest::keyClick(fixture.search, Qt::Key(keystrokes[i++ % keystrokes.size()]));
        // Twice: the view lays its rows out on a zero timer in the first pass and paints in the
        // second. With one pass, each keystroke's paint was counted in the next keystroke.
        QApplication::processEvents();
        QApplication::processEvents();
        slowestMs = std::max(slowestMs, static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    state.counters["max_ms"] = slowestMs;
    state.counters["rows_left"] = fixture.window.proxy()->rowCount();
}
BENCHMARK(windowKeystroke)
    ->Name("model/one keystroke in the search field, 100k keys (MainWindow)")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(24);

void plainSearch(benchmark::State &state)
{
    QStringList texts;
    for (const ApiKey &key : modelFixture().repository->keys()) {
        texts.append(key.label + u'\n' + key.publicKey + u'\n' + key.note);
    }
    static const QString prefixes[] = {QStringLiteral("m"),     QStringLiteral("ma"),
                                       QStringLiteral("mar"),   QStringLiteral("marg"),
                                       QStringLiteral("margi"), QStringLiteral("margin")};
    qsizetype i = 0;
    for (auto _ : state) {
        const QString &needle = prefixes[i++ % 6];
        int matches = 0;
        for (const QString &text : std::as_const(texts)) {
            matches += text.contains(needle, Qt::CaseInsensitive) ? 1 : 0;
        }
        benchmark::DoNotOptimize(matches);
    }
}
BENCHMARK(plainSearch)
    ->Name("model/baseline:QString::contains over the 100k search texts")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

Fixture &saveFixture()
{
    if (!s_saveFixture) {
        s_saveFixture = std::make_unique<Fixture>(saveKeys);
    }
    return *s_saveFixture;
}

// One switch flipped with 10 000 keys: lock, re-read, change, serialise, write, sync, rename,
// and the table model told of the change.
void saveOneChange(benchmark::State &state)
{
    Fixture &fixture = saveFixture();
    KeyTableModel model(fixture.repository.get());
    const ApiKey key = fixture.repository->keys().at(saveKeys / 2);
    bool enabled = key.enabled;
    for (auto _ : state) {
        enabled = !enabled;
        if (fixture.repository->setEnabled(key.id, enabled).isError()) {
            state.SkipWithError("setEnabled failed");
            break;
        }
    }
    if (fixture.vault.calls() != 0) {
        state.SkipWithError("a metadata change touched the keychain");
    }
}
BENCHMARK(saveOneChange)
    ->Name("save/one change with 10k keys (KeyRepository::setEnabled)")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MinTime(2.0);

void saveFileWrite(benchmark::State &state)
{
    QFile file(saveFixture().filePath());
    if (!file.open(QIODevice::ReadOnly)) {
        state.SkipWithError("cannot read keys.json");
        return;
    }
    const QByteArray bytes = file.readAll();
    const QString path = saveFixture().directory.filePath(QStringLiteral("baseline.json"));
    for (auto _ : state) {
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
            state.SkipWithError("QSaveFile failed");
            break;
        }
    }
    state.counters["bytes"] = static_cast<double>(bytes.size());
}
BENCHMARK(saveFileWrite)
    ->Name("save/baseline:QSaveFile write of the same bytes")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MinTime(2.0);

} // namespace

int main(int argc, char *argv[])
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    s_windowFixture.reset();
    s_modelFixture.reset();
    s_saveFixture.reset();
    return 0;
}
