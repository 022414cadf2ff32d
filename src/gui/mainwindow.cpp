#include "mainwindow.h"

#include "audit/auditreportwriter.h"
#include "audit/rightsauditor.h"
#include "gui/buttondelegate.h"
#include "gui/keyfilterproxymodel.h"
#include "gui/keytablemodel.h"
#include "gui/prompter.h"
#include "gui/settingsdialog.h"
#include "gui/switchdelegate.h"
#include "gui/testcallpanel.h"
#include "net/apiclient.h"
#include "net/randomtoken.h"
#include "sandbox/sandboxserver.h"
#include "storage/appsettings.h"
#include "storage/atomicfile.h"
#include "storage/keyrepository.h"
#include "ui_mainwindow.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenuBar>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QStyle>
#include <QTemporaryFile>

MainWindow::MainWindow(KeyRepository *repository, Prompter *prompter, AppSettings *settings,
                       const QString &loadError, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_repository(repository)
    , m_prompter(prompter)
    , m_model(new KeyTableModel(repository, this))
    , m_proxy(new KeyFilterProxyModel(this))
    , m_settings(settings)
    , m_client(new ApiClient(this))
    , m_auditor(new RightsAuditor(
          m_client,
          [repository](const QUuid &id, auto done) { repository->readSecret(id, std::move(done)); },
          this))
    , m_testCallDock(new QDockWidget(tr("Test call"), this))
    , m_auditProgress(new QProgressBar(this))
    , m_cancelAuditButton(new QPushButton(tr("Cancel audit"), this))
    , m_loadError(loadError)
{
    m_ui->setupUi(this);
    m_model->setAuditReminderDays(m_settings->auditReminderDays());
    connect(m_settings, &AppSettings::changed, this,
            [this] { m_model->setAuditReminderDays(m_settings->auditReminderDays()); });
    m_proxy->setSourceModel(m_model);
    m_model->setGrantConfirmer([this](const ApiKey &key, AccessRights granted) {
        return m_prompter->confirmGrant(this, key, granted);
    });
    connect(m_model, &KeyTableModel::changeFailed, this, [this](const QString &message) {
        m_prompter->showError(this, tr("The change was not saved"), message);
    });

    QTableView *view = m_ui->keyTableView;
    view->setModel(m_proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(KeyTableModel::CreatedColumn, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    view->setTextElideMode(Qt::ElideMiddle);
    view->setWordWrap(false);
    view->setMouseTracking(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setStretchLastSection(false);
    view->setItemDelegateForColumn(KeyTableModel::StatusColumn, new SwitchDelegate(view));
    auto *trash = new ButtonDelegate(
        QIcon::fromTheme(QStringLiteral("user-trash"), QIcon(QStringLiteral(":/icons/trash.svg"))),
        view);
    view->setItemDelegateForColumn(KeyTableModel::DeleteColumn, trash);
    connect(trash, &ButtonDelegate::clicked, this, &MainWindow::deleteKeyAt);
    view->setColumnWidth(KeyTableModel::LabelColumn, 150);
    view->setColumnWidth(KeyTableModel::PublicKeyColumn, 170);
    // Not resizeColumnToContents: before the window shows, that measures the first 1 000 rows.
    view->setColumnWidth(
        KeyTableModel::StatusColumn,
        std::max(view->horizontalHeader()->sectionSizeHint(KeyTableModel::StatusColumn),
                 SwitchDelegate::cellWidth()));
    for (int column :
         {KeyTableModel::ReadColumn, KeyTableModel::TradeColumn, KeyTableModel::PaymentColumn,
          KeyTableModel::WithdrawColumn, KeyTableModel::AllowAllColumn}) {
        view->setColumnWidth(column, 96);
    }
    view->setColumnWidth(KeyTableModel::ReadColumn, 140);
    view->setColumnWidth(KeyTableModel::WithdrawColumn, 112);
    for (int column : {KeyTableModel::CreatedColumn, KeyTableModel::LastUsedColumn,
                       KeyTableModel::LastAuditColumn}) {
        view->setColumnWidth(column, 128);
    }
    view->verticalHeader()->setDefaultSectionSize(34);

    auto *deleteAction = new QAction(tr("&Delete key"), this);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteAction, &QAction::triggered, this,
            [this]() { deleteKeyAt(m_ui->keyTableView->currentIndex()); });
    auto *copyAction = new QAction(tr("&Copy public key"), this);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(copyAction, &QAction::triggered, this, &MainWindow::copyPublicKey);
    view->addActions({copyAction, deleteAction});
    view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_ui->stateComboBox->addItems({tr("ON and OFF"), tr("ON only"), tr("OFF only")});
    connect(m_ui->stateComboBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setState(static_cast<KeyFilterProxyModel::State>(index));
        updatePage();
    });
    fillEnvironmentFilter();
    connect(m_ui->environmentComboBox, &QComboBox::currentIndexChanged, this, [this]() {
        m_proxy->setEnvironment(m_ui->environmentComboBox->currentData().toString());
        updatePage();
    });
    // The search's index of every key (0.7 MiB with 10 000 keys) is built when the search field
    // is entered, before the first keystroke, and not at all for a session that never searches.
    m_ui->searchLineEdit->installEventFilter(this);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updatePage();
    });
    connect(m_ui->newKeyButton, &QPushButton::clicked, this, &MainWindow::newKey);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_model, signal, this, &MainWindow::updatePage);
    }
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updatePage);

    m_testCallDock->setObjectName(QStringLiteral("testCallDockWidget"));
    // The panel is built the first time it is shown: most start-ups never open it.
    connect(m_testCallDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible) {
            testCallPanel();
        }
    });
    m_testCallDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_testCallDock);
    m_testCallDock->hide();
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_testCall && current.isValid()) {
                    m_testCall->selectKey(current.data(KeyTableModel::KeyIdRole).toUuid());
                }
            });

    m_auditProgress->setObjectName(QStringLiteral("auditProgressBar"));
    m_auditProgress->setAccessibleName(tr("Audit progress"));
    m_auditProgress->setMaximumWidth(220);
    m_cancelAuditButton->setObjectName(QStringLiteral("cancelAuditButton"));
    m_cancelAuditButton->setAccessibleName(tr("Cancel the audit"));
    statusBar()->addPermanentWidget(m_auditProgress);
    statusBar()->addPermanentWidget(m_cancelAuditButton);
    m_auditProgress->hide();
    m_cancelAuditButton->hide();
    connect(m_cancelAuditButton, &QPushButton::clicked, this, &MainWindow::cancelAudit);
    connect(m_auditor, &RightsAuditor::progress, this,
            [this](int done, int total, const QString &step) {
                const int finishedKeys = m_auditTotal - static_cast<int>(m_auditQueue.size()) - 1;
                m_auditProgress->setValue(finishedKeys * 10 + (total > 0 ? done * 10 / total : 0));
                statusBar()->showMessage(step);
            });
    connect(m_auditor, &RightsAuditor::finished, this, &MainWindow::auditDone);
    createMenus();

    if (!m_loadError.isEmpty()) {
        m_ui->newKeyButton->setEnabled(false);
    }
    updatePage();
    view->setFocus();
}

void MainWindow::createMenus()
{
    QMenu *keys = menuBar()->addMenu(tr("&Keys"));
    QAction *newKey = keys->addAction(tr("&New API key\u2026"), this, &MainWindow::newKey);
    newKey->setShortcut(QKeySequence::New);
    keys->addSeparator();
    QAction *auditSelected =
        keys->addAction(tr("&Audit selected keys"), this, &MainWindow::auditSelected);
    auditSelected->setObjectName(QStringLiteral("auditSelectedAction"));
    auditSelected->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    QAction *auditAll = keys->addAction(tr("Audit a&ll keys"), this, &MainWindow::auditAll);
    auditAll->setObjectName(QStringLiteral("auditAllAction"));
    auditAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    keys->addAction(tr("&Open audit report in the browser"), this, &MainWindow::openReport);
    keys->addAction(tr("&Export audit report\u2026"), this, &MainWindow::exportReport);
    keys->addSeparator();
    QAction *quit = keys->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *testCall = m_testCallDock->toggleViewAction();
    testCall->setText(tr("&Test call panel"));
    testCall->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    tools->addAction(testCall);
    tools->addSeparator();
    QAction *settings = tools->addAction(tr("&Settings\u2026"), this, &MainWindow::openSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    m_ui->keyTableView->addAction(auditSelected);
}

TestCallPanel *MainWindow::testCallPanel()
{
    if (!m_testCall) {
        m_testCall = new TestCallPanel(m_repository, m_settings, m_prompter, m_testCallDock);
        m_testCall->setSandboxUrl(m_sandbox ? m_sandbox->url() : QUrl());
        if (const QModelIndex current = m_ui->keyTableView->currentIndex(); current.isValid()) {
            m_testCall->selectKey(current.data(KeyTableModel::KeyIdRole).toUuid());
        }
        m_testCallDock->setWidget(m_testCall);
    }
    return m_testCall;
}

void MainWindow::setSandbox(SandboxServer *sandbox)
{
    m_sandbox = sandbox;
    const QUrl url = sandbox ? sandbox->url() : QUrl();
    if (m_testCall) {
        m_testCall->setSandboxUrl(url);
    }
    m_ui->sandboxLabel->setText(url.isEmpty() ? tr("Sandbox: not running")
                                              : tr("Sandbox: %1").arg(url.toString()));
    m_ui->sandboxLabel->setToolTip(
        tr("The embedded sandbox exchange serves HitBTC's API v3 at %1/api/3 for the sandbox keys "
           "of this data directory.")
            .arg(url.toString()));
}

void MainWindow::openSettings()
{
    if (!m_twoFactor) {
        statusBar()->showMessage(tr("Settings are not available in this window."), 6000);
        return;
    }
    auto *dialog = new SettingsDialog(m_settings, m_twoFactor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::auditSelected()
{
    QList<QUuid> ids;
    for (const QModelIndex &index : m_ui->keyTableView->selectionModel()->selectedRows()) {
        ids << index.data(KeyTableModel::KeyIdRole).toUuid();
    }
    if (ids.isEmpty() && m_ui->keyTableView->currentIndex().isValid()) {
        ids << m_ui->keyTableView->currentIndex().data(KeyTableModel::KeyIdRole).toUuid();
    }
    if (ids.isEmpty()) {
        statusBar()->showMessage(tr("Select the keys to audit first."), 6000);
        return;
    }
    audit(ids);
}

void MainWindow::auditAll()
{
    QList<QUuid> ids;
    for (const ApiKey &key : m_repository->keys()) {
        if (key.enabled) {
            ids << key.id;
        }
    }
    if (ids.isEmpty()) {
        statusBar()->showMessage(tr("No key is ON: there is nothing to audit."), 6000);
        return;
    }
    audit(ids);
}

void MainWindow::audit(const QList<QUuid> &ids)
{
    if (isAuditing()) {
        statusBar()->showMessage(tr("An audit is already running."), 6000);
        return;
    }
    m_auditQueue = ids;
    m_auditTotal = static_cast<int>(ids.size());
    m_auditDiffering = 0;
    m_auditProgress->setRange(0, m_auditTotal * 10);
    m_auditProgress->setValue(0);
    m_auditProgress->show();
    m_cancelAuditButton->show();
    auditNext();
}

void MainWindow::auditNext()
{
    while (!m_auditQueue.isEmpty()) {
        const QUuid id = m_auditQueue.takeFirst();
        const std::optional<ApiKey> key = m_repository->key(id);
        if (!key) {
            continue;
        }
        const QUrl base = key->environment.isSandbox() ? (m_sandbox ? m_sandbox->url() : QUrl())
                                                       : key->environment.baseUrl();
        m_auditing = true;
        // The withdraw probe goes to a real exchange only when the user says so for this audit.
        bool includeWithdraw = false;
        if (!key->environment.isSandbox()) {
            includeWithdraw = m_prompter->confirm(
                this, tr("Probe the withdraw right?"),
                tr("To learn whether \u201c%1\u201d may withdraw, Keyrack asks %2 to roll back a "
                   "withdrawal that does not exist. It moves nothing, but it is not a documented "
                   "read-only request. Probe it?")
                    .arg(key->label, key->environment.displayName()),
                {}, tr("Probe withdraw too"));
        }
        m_auditor->start(*key, base, includeWithdraw);
        return;
    }
    m_auditing = false;
    m_auditProgress->hide();
    m_cancelAuditButton->hide();
    Q_EMIT auditsFinished();
}

void MainWindow::auditDone(const AuditReport &report)
{
    m_auditing = false;
    if (report.cancelled) {
        m_auditQueue.clear();
        statusBar()->showMessage(tr("Audit cancelled; results so far are kept."), 8000);
        auditNext();
        return;
    }
    if (report.error.isError()) {
        statusBar()->showMessage(
            tr("\u201c%1\u201d was not audited: %2").arg(report.keyLabel, report.error.message),
            10000);
    } else {
        if (const Error saved = m_repository->setAudit(report.keyId, report.result);
            saved.isError()) {
            m_prompter->showError(this, tr("The audit result was not saved"), saved.message);
        }
        m_auditDiffering += report.matchesDeclared() ? 0 : 1;
        statusBar()->showMessage(
            tr("\u201c%1\u201d: %2").arg(report.keyLabel, report.result.summary), 10000);
    }
    if (m_auditQueue.isEmpty() && m_auditTotal > 1) {
        statusBar()->showMessage(
            tr("Audited %n key(s); %1 differ from what is declared.", nullptr, m_auditTotal)
                .arg(m_auditDiffering),
            10000);
    }
    auditNext();
}

void MainWindow::cancelAudit()
{
    m_auditQueue.clear();
    m_auditor->cancel();
}

QByteArray MainWindow::reportBytes(const QString &fileName) const
{
    const auto format =
        AuditReportWriter::formatForFile(fileName).value_or(AuditReportWriter::Format::Html);
    return AuditReportWriter::write(format, m_repository->keys(), m_settings->auditReminderDays(),
                                    QDateTime::currentDateTimeUtc());
}

void MainWindow::exportReport()
{
    QString selected;
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Export audit report"), QStringLiteral("keyrack-audit.html"),
        tr("Web page (*.html);;JSON (*.json);;CSV (*.csv)"), &selected);
    if (fileName.isEmpty()) {
        return;
    }
    if (const Error error =
            writeFileAtomically(fileName, reportBytes(fileName), tr("Cannot write the report"));
        error.isError()) {
        m_prompter->showError(this, tr("The report was not saved"), error.message);
        return;
    }
    statusBar()->showMessage(tr("Report saved to %1.").arg(fileName), 8000);
}

void MainWindow::openReport()
{
    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/keyrack-audit-XXXXXX.html"));
    file.setAutoRemove(false);
    const QByteArray bytes = reportBytes(QStringLiteral("report.html"));
    if (!file.open() || file.write(bytes) != bytes.size()) {
        m_prompter->showError(this, tr("The report was not opened"), file.errorString());
        return;
    }
    file.close();
    QDesktopServices::openUrl(QUrl::fromLocalFile(file.fileName()));
}

MainWindow::~MainWindow() = default;

void MainWindow::fillEnvironmentFilter()
{
    m_ui->environmentComboBox->addItem(tr("All environments"), QString());
    m_ui->environmentComboBox->addItem(Environment::sandbox().displayName(),
                                       Environment::sandbox().id());
    m_ui->environmentComboBox->addItem(Environment::hitbtc().displayName(),
                                       Environment::hitbtc().id());
    m_ui->environmentComboBox->addItem(Environment::hitbtcDemo().displayName(),
                                       Environment::hitbtcDemo().id());
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->searchLineEdit && event->type() == QEvent::FocusIn) {
        m_model->searchIndex();
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::updatePage()
{
    QString empty;
    if (!m_loadError.isEmpty()) {
        empty = m_loadError;
    } else if (m_model->rowCount() == 0) {
        empty = tr("<h3>No API keys yet</h3><p>Click <b>New API key</b> to create a key in the "
                   "embedded sandbox (active, with no access rights; its secret is shown once), "
                   "or to import a key you created on HitBTC.</p>"
                   "<p>Secrets are kept in your OS keychain, never in a file.</p>");
    }
    m_ui->emptyStateLabel->setText(empty);
    m_ui->pageStackedWidget->setCurrentWidget(empty.isEmpty() ? m_ui->tablePage : m_ui->emptyPage);
    if (empty.isEmpty() && m_proxy->rowCount() == 0) {
        statusBar()->showMessage(tr("No key matches the search and filters."));
    } else if (!m_busy) {
        statusBar()->showMessage(tr("%n key(s)", nullptr, m_model->rowCount()));
    }
}

void MainWindow::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    m_ui->newKeyButton->setEnabled(!busy && m_loadError.isEmpty());
    if (busy) {
        QGuiApplication::setOverrideCursor(Qt::BusyCursor);
        statusBar()->showMessage(message);
    } else {
        QGuiApplication::restoreOverrideCursor();
        statusBar()->showMessage(message, 8000);
    }
}

void MainWindow::newKey()
{
    if (m_busy) {
        return;
    }
    KeyRepository *repository = m_repository;
    std::optional<NewKeyRequest> request =
        m_prompter->askNewKey(this, [repository](const NewKeyRequest &r) {
            NewKey candidate {r.label, r.publicKey.isEmpty() ? QStringLiteral("-") : r.publicKey,
                              r.environment, r.note};
            // Checked with a placeholder secret: the dialog has checked the real one.
            const Error error = repository->validate(&candidate, QByteArrayLiteral("placeholder"));
            return error.isError() ? error.message : QString();
        });
    if (!request) {
        return;
    }
    setBusy(true, tr("Waiting for the OS keychain\u2026"));
    QPointer<MainWindow> self(this);
    if (request->environment.isSandbox()) {
        m_repository->generate(
            request->label, request->note, &RandomToken::generate,
            [self](const Error &error, GeneratedKey generated) {
                if (!self) {
                    return;
                }
                self->setBusy(false, error.isError() ? QString() : tr("Key created."));
                if (error.isError()) {
                    self->m_prompter->showError(self, tr("The key was not created"), error.message);
                    return;
                }
                self->m_prompter->revealSecret(self, generated.publicKey,
                                               std::move(generated.secret));
            });
        return;
    }
    m_repository->importKey(
        NewKey {request->label, request->publicKey, request->environment, request->note},
        std::move(request->secret), [self](const Error &error, const QUuid &) {
            if (!self) {
                return;
            }
            self->setBusy(false, error.isError() ? QString() : tr("Key imported."));
            if (error.isError()) {
                self->m_prompter->showError(self, tr("The key was not imported"), error.message);
            }
        });
}

void MainWindow::deleteKeyAt(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid() || m_busy) {
        return;
    }
    const std::optional<ApiKey> key =
        m_repository->key(proxyIndex.data(KeyTableModel::KeyIdRole).toUuid());
    if (!key || !m_prompter->confirmDelete(this, *key)) {
        return;
    }
    setBusy(true, tr("Waiting for the OS keychain\u2026"));
    QPointer<MainWindow> self(this);
    const QString label = key->label;
    m_repository->remove(key->id, [self, label](const Error &error) {
        if (!self) {
            return;
        }
        self->setBusy(false,
                      error.isError() ? QString() : tr("Deleted \u201c%1\u201d.").arg(label));
        if (error.isError()) {
            self->m_prompter->showError(self, tr("The key was not deleted"), error.message);
        }
    });
}

void MainWindow::copyPublicKey()
{
    const QModelIndex index = m_ui->keyTableView->currentIndex();
    if (!index.isValid()) {
        return;
    }
    const QModelIndex source = m_proxy->mapToSource(index);
    QGuiApplication::clipboard()->setText(m_model->keyAt(source.row()).publicKey);
    statusBar()->showMessage(tr("Public key copied."), 4000);
}
