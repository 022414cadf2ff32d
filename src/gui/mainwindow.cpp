#include "mainwindow.h"

#include "gui/buttondelegate.h"
#include "gui/keyfilterproxymodel.h"
#include "gui/keytablemodel.h"
#include "gui/prompter.h"
#include "gui/switchdelegate.h"
#include "net/randomtoken.h"
#include "storage/keyrepository.h"
#include "ui_mainwindow.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QPointer>
#include <QStyle>

MainWindow::MainWindow(KeyRepository *repository, Prompter *prompter, const QString &loadError,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_repository(repository)
    , m_prompter(prompter)
    , m_model(new KeyTableModel(repository, this))
    , m_proxy(new KeyFilterProxyModel(this))
    , m_loadError(loadError)
{
    m_ui->setupUi(this);
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
        QIcon::fromTheme(QStringLiteral("user-trash"), style()->standardIcon(QStyle::SP_TrashIcon)),
        view);
    view->setItemDelegateForColumn(KeyTableModel::DeleteColumn, trash);
    connect(trash, &ButtonDelegate::clicked, this, &MainWindow::deleteKeyAt);
    view->setColumnWidth(KeyTableModel::LabelColumn, 150);
    view->setColumnWidth(KeyTableModel::PublicKeyColumn, 170);
    view->resizeColumnToContents(KeyTableModel::StatusColumn);
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
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updatePage();
    });
    connect(m_ui->newKeyButton, &QPushButton::clicked, this, &MainWindow::newKey);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_model, signal, this, &MainWindow::updatePage);
    }
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updatePage);

    if (!m_loadError.isEmpty()) {
        m_ui->newKeyButton->setEnabled(false);
    }
    updatePage();
    view->setFocus();
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
