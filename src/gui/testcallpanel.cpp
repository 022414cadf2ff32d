#include "testcallpanel.h"

#include "gui/afternextpaint.h"
#include "gui/jsonhighlighter.h"
#include "gui/prompter.h"
#include "net/endpointcatalog.h"
#include "storage/appsettings.h"
#include "storage/keyrepository.h"
#include "ui_testcallpanel.h"

#include <QClipboard>
#include <QDateTime>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QTimer>
#include <QUrlQuery>

namespace {

// A step of a call shorter than this is never shown: it would only flicker.
constexpr int progressDelayMs = 150;

constexpr qsizetype maximumShownBody = 1024 * 1024;

QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

QString statusText(int status)
{
    switch (status) {
    case 200:
        return QStringLiteral("OK");
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 413:
        return QStringLiteral("Payload Too Large");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    default:
        return {};
    }
}

} // namespace

TestCallPanel::TestCallPanel(KeyRepository *repository, AppSettings *settings, Prompter *prompter,
                             QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TestCallPanel>())
    , m_repository(repository)
    , m_settings(settings)
    , m_prompter(prompter)
    , m_client(new ApiClient(this))
    , m_history(&settings->store())
    , m_progressTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_progressTimer->setSingleShot(true);
    m_progressTimer->setInterval(progressDelayMs);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        m_ui->explanationLabel->clear();
        m_ui->statusLabel->setText(m_progress);
    });
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *edit : {m_ui->bodyPlainTextEdit, m_ui->responseBodyPlainTextEdit,
                                 m_ui->headersPlainTextEdit, m_ui->stringToSignPlainTextEdit}) {
        edit->setFont(mono);
    }
    m_ui->responseBodyPlainTextEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    new JsonHighlighter(m_ui->responseBodyPlainTextEdit->document());
    new JsonHighlighter(m_ui->bodyPlainTextEdit->document());
    m_ui->methodComboBox->addItems({QStringLiteral("GET"), QStringLiteral("POST"),
                                    QStringLiteral("PUT"), QStringLiteral("PATCH"),
                                    QStringLiteral("DELETE")});
    m_ui->authComboBox->addItem(tr("HS256 (signed)"), int(ApiRequest::Auth::Hs256));
    m_ui->authComboBox->addItem(tr("Basic (sends the secret)"), int(ApiRequest::Auth::Basic));
    m_ui->queryTableWidget->horizontalHeader()->setStretchLastSection(true);
    m_ui->historyTableWidget->horizontalHeader()->setStretchLastSection(true);
    m_ui->keepHistoryCheckBox->setChecked(m_settings->keepCallHistory());

    m_ui->keyComboBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->keyComboBox->setMinimumContentsLength(28);
    fillEndpoints();
    fillHistory();

    connect(m_repository, &KeyRepository::keyAdded, this, &TestCallPanel::keysChanged);
    connect(m_repository, &KeyRepository::keyChanged, this, &TestCallPanel::keysChanged);
    connect(m_repository, &KeyRepository::keyRemoved, this, &TestCallPanel::keysChanged);
    connect(m_ui->endpointComboBox, &QComboBox::activated, this, &TestCallPanel::endpointChosen);
    connect(m_ui->keyComboBox, &QComboBox::currentIndexChanged, this, &TestCallPanel::updatePolicy);
    connect(m_ui->methodComboBox, &QComboBox::currentIndexChanged, this,
            &TestCallPanel::updatePolicy);
    connect(m_ui->pathLineEdit, &QLineEdit::textChanged, this, &TestCallPanel::updatePolicy);
    connect(m_ui->authComboBox, &QComboBox::currentIndexChanged, this,
            &TestCallPanel::updatePolicy);
    connect(m_ui->bodyPlainTextEdit, &QPlainTextEdit::textChanged, this,
            &TestCallPanel::validateBody);
    connect(m_ui->addParameterButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->queryTableWidget->rowCount();
        m_ui->queryTableWidget->insertRow(row);
        m_ui->queryTableWidget->setCurrentCell(row, 0);
        m_ui->queryTableWidget->editItem(m_ui->queryTableWidget->item(row, 0));
    });
    connect(m_ui->removeParameterButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->queryTableWidget->currentRow();
        if (row >= 0) {
            m_ui->queryTableWidget->removeRow(row);
        }
    });
    connect(m_ui->sendButton, &QPushButton::clicked, this, &TestCallPanel::send);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &TestCallPanel::cancel);
    connect(m_ui->copyCurlButton, &QPushButton::clicked, this, &TestCallPanel::copyAsCurl);
    connect(m_ui->rerunButton, &QPushButton::clicked, this, &TestCallPanel::rerun);
    connect(m_ui->historyTableWidget, &QTableWidget::cellDoubleClicked, this,
            &TestCallPanel::rerun);
    connect(m_ui->clearHistoryButton, &QPushButton::clicked, this, [this] {
        m_history.clear();
        fillHistory();
    });
    connect(m_ui->keepHistoryCheckBox, &QCheckBox::toggled, this, [this](bool keep) {
        m_settings->setKeepCallHistory(keep);
        if (!keep) {
            m_history.clear();
            fillHistory();
        }
    });
    endpointChosen(m_ui->endpointComboBox->currentIndex());
    m_built = true;
}

TestCallPanel::~TestCallPanel()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
    }
    runBookkeeping(false); // a call answered just before the window closed is still recorded
}

void TestCallPanel::runBookkeeping(bool announce)
{
    const QList<std::function<ApiResponse()>> pending = std::exchange(m_bookkeeping, {});
    QList<ApiResponse> finished;
    for (const auto &work : pending) {
        finished << work();
    }
    if (announce && !finished.isEmpty()) {
        fillHistory();
        for (const ApiResponse &response : std::as_const(finished)) {
            Q_EMIT callFinished(response);
        }
    }
}

QString TestCallPanel::visible(const QByteArray &bytes)
{
    QByteArray out;
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u == '\n') {
            out += "\\n";
        } else if (u == '\r') {
            out += "\\r";
        } else if (u == '\t') {
            out += "\\t";
        } else if (u < 0x20 || u == 0x7F) {
            out += "\\x" + QByteArray::number(u, 16).rightJustified(2, '0');
        } else {
            out += c;
        }
    }
    return QString::fromUtf8(out);
}

void TestCallPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_keysStale) {
        fillKeys();
    }
}

void TestCallPanel::keysChanged()
{
    m_keysStale = true;
    if (!isVisible() || m_fillPending) {
        return;
    }
    m_fillPending = true;
    QTimer::singleShot(0, this, [this] {
        m_fillPending = false;
        if (m_keysStale && isVisible()) {
            fillKeys();
        }
    });
}

void TestCallPanel::fillKeys()
{
    m_keysStale = false;
    const QUuid current =
        m_wantedKey.isNull() ? m_ui->keyComboBox->currentData().toUuid() : m_wantedKey;
    m_wantedKey = QUuid();
    const QSignalBlocker blocker(m_ui->keyComboBox);
    m_ui->keyComboBox->clear();
    for (const ApiKey &key : m_repository->keys()) {
        const QString text = key.enabled
            ? tr("%1 (%2)").arg(key.label, key.environment.displayName())
            : tr("%1 (%2, OFF)").arg(key.label, key.environment.displayName());
        m_ui->keyComboBox->addItem(text, key.id);
    }
    const int index = m_ui->keyComboBox->findData(current);
    m_ui->keyComboBox->setCurrentIndex(index >= 0 ? index : 0);
    updatePolicy();
}

void TestCallPanel::selectKey(const QUuid &id)
{
    if (m_keysStale) {
        // Chosen while the list is out of date (or the panel hidden): applied when it is filled.
        m_wantedKey = id;
        if (isVisible()) {
            fillKeys();
        }
        return;
    }
    const int index = m_ui->keyComboBox->findData(id);
    if (index >= 0) {
        m_ui->keyComboBox->setCurrentIndex(index);
    }
}

void TestCallPanel::fillEndpoints()
{
    for (const Endpoint &endpoint : EndpointCatalog::all()) {
        const QString right =
            endpoint.right ? AccessRights::shortName(*endpoint.right) : tr("public");
        QString text = QStringLiteral("%1 %2 \u2014 %3 [%4]")
                           .arg(QString::fromLatin1(endpoint.method), endpoint.path,
                                endpoint.description, right);
        if (endpoint.changesState) {
            text += tr(" (changes state)");
        }
        m_ui->endpointComboBox->addItem(text);
    }
    m_ui->endpointComboBox->addItem(tr("Free path\u2026"));
    const int balance = static_cast<int>(
        std::distance(EndpointCatalog::all().cbegin(),
                      std::find_if(EndpointCatalog::all().cbegin(), EndpointCatalog::all().cend(),
                                   [](const Endpoint &e) { return e.path == u"/spot/balance"; })));
    m_ui->endpointComboBox->setCurrentIndex(balance);
}

void TestCallPanel::endpointChosen(int index)
{
    if (index < 0 || index >= EndpointCatalog::all().size()) {
        m_ui->pathLineEdit->setFocus();
        return;
    }
    const Endpoint &endpoint = EndpointCatalog::all().at(index);
    m_ui->methodComboBox->setCurrentText(QString::fromLatin1(endpoint.method));
    m_ui->pathLineEdit->setText(endpoint.path);
    m_ui->queryTableWidget->setRowCount(0);
    const QUrlQuery query(endpoint.exampleQuery);
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        const int row = m_ui->queryTableWidget->rowCount();
        m_ui->queryTableWidget->insertRow(row);
        m_ui->queryTableWidget->setItem(row, 0, new QTableWidgetItem(name));
        m_ui->queryTableWidget->setItem(row, 1, new QTableWidgetItem(value));
    }
    m_ui->bodyPlainTextEdit->setPlainText(endpoint.exampleBody);
    updatePolicy();
}

void TestCallPanel::validateBody()
{
    const QByteArray body = m_ui->bodyPlainTextEdit->toPlainText().trimmed().toUtf8();
    QString text;
    if (body.startsWith('{') || body.startsWith('[')) {
        QJsonParseError error;
        QJsonDocument::fromJson(body, &error);
        text = error.error == QJsonParseError::NoError
            ? tr("Valid JSON.")
            : tr("Invalid JSON at character %1: %2").arg(error.offset).arg(error.errorString());
    } else if (!body.isEmpty()) {
        text = tr("Sent as a form-encoded body.");
    }
    m_ui->bodyStatusLabel->setText(text);
}

QUrl TestCallPanel::baseUrlFor(const ApiKey &key) const
{
    return key.environment.isSandbox() ? m_sandboxUrl : key.environment.baseUrl();
}

QString TestCallPanel::compose(ApiRequest *request, ApiKey *key) const
{
    const auto found = m_repository->key(m_ui->keyComboBox->currentData().toUuid());
    if (!found) {
        return tr("Choose a key.");
    }
    *key = *found;
    if (!key->enabled) {
        return tr("\u201c%1\u201d is switched OFF: Keyrack does not sign with it. Switch it ON in "
                  "the table first.")
            .arg(key->label);
    }
    request->baseUrl = baseUrlFor(*key);
    if (request->baseUrl.isEmpty()) {
        return tr("The sandbox is not running, so sandbox keys cannot be used.");
    }
    request->method = m_ui->methodComboBox->currentText().toLatin1();
    const QString path = m_ui->pathLineEdit->text().trimmed();
    if (path.isEmpty() || path.contains(u'?') || path.contains(u'{') || path.contains(u' ')) {
        return tr("Enter a path such as /spot/balance: no spaces, no \u201c?\u201d (use the "
                  "query table) and no {placeholders}.");
    }
    request->path = path;
    QStringList pairs;
    for (int row = 0; row < m_ui->queryTableWidget->rowCount(); ++row) {
        const auto cell = [&](int column) {
            const QTableWidgetItem *item = m_ui->queryTableWidget->item(row, column);
            return item ? item->text() : QString();
        };
        if (cell(0).trimmed().isEmpty()) {
            continue;
        }
        pairs << QString::fromLatin1(QUrl::toPercentEncoding(cell(0).trimmed()) + '='
                                     + QUrl::toPercentEncoding(cell(1)));
    }
    request->query = pairs.join(u'&').toLatin1();
    request->body = m_ui->bodyPlainTextEdit->toPlainText().trimmed().toUtf8();
    if (request->body.startsWith('{') || request->body.startsWith('[')) {
        QJsonParseError error;
        QJsonDocument::fromJson(request->body, &error);
        if (error.error != QJsonParseError::NoError) {
            return tr("The body is not valid JSON: %1.").arg(error.errorString());
        }
    }
    if (m_ui->windowSpinBox->value() > 0) {
        request->window = m_ui->windowSpinBox->value();
    }
    request->timeoutMs = m_ui->timeoutSpinBox->value() * 1000;
    request->auth = static_cast<ApiRequest::Auth>(m_ui->authComboBox->currentData().toInt());
    request->publicKey = key->publicKey.toUtf8();
    if (const QString problem = ApiClient::transportProblem(ApiClient::requestUrl(*request));
        !problem.isEmpty()) {
        return problem;
    }
    return {};
}

void TestCallPanel::updatePolicy()
{
    if (m_keysStale) {
        // Someone works with the panel: it needs the keys (fillKeys comes back here). While it
        // is being built, nobody does yet.
        if (m_built) {
            fillKeys();
        }
        return;
    }
    ApiRequest request;
    ApiKey key;
    QStringList notes;
    const QString problem = compose(&request, &key);
    if (!problem.isEmpty()) {
        notes << problem;
    } else if (const auto endpoint = EndpointCatalog::match(request.method, request.path)) {
        if (endpoint->right && !key.rights.has(*endpoint->right)) {
            notes << tr("This key is not declared to have \u201c%1\u201d: expect 403.")
                         .arg(AccessRights::title(*endpoint->right));
        }
        if (endpoint->changesState) {
            notes << tr("This call changes state on the account.");
        }
    }
    if (request.auth == ApiRequest::Auth::Basic) {
        notes << tr("Basic sends the secret itself with the request; HS256 sends only a "
                    "signature.");
    }
    m_ui->policyLabel->setText(notes.join(u' '));
    m_ui->sendButton->setEnabled(!m_sending && problem.isEmpty());
    m_ui->copyCurlButton->setEnabled(!m_sending && problem.isEmpty()
                                     && request.auth == ApiRequest::Auth::Hs256);
}

bool TestCallPanel::passesPolicy(const ApiRequest &request, const ApiKey &key)
{
    const auto endpoint = EndpointCatalog::match(request.method, request.path);
    if (endpoint && endpoint->right && !key.rights.has(*endpoint->right)
        && !m_prompter->confirm(
            this, tr("Right not declared"),
            tr("\u201c%1\u201d is not declared to have \u201c%2\u201d. Send the request anyway?")
                .arg(key.label, AccessRights::title(*endpoint->right)),
            {}, tr("Send anyway"))) {
        return false;
    }
    // Unknown paths that are not GET may change state too: ask as for the catalogue's.
    const bool changesState = endpoint ? endpoint->changesState : request.method != "GET";
    const bool ask = !key.environment.isSandbox() || m_settings->confirmSandboxStateChangingCalls();
    if (changesState && ask) {
        QString details = QString::fromLatin1(request.method) + u' '
            + ApiClient::requestUrl(request).toString(QUrl::FullyEncoded);
        if (!request.body.isEmpty()) {
            details += u'\n' + QString::fromUtf8(request.body);
        }
        return m_prompter->confirm(this, tr("Confirm a state-changing call"),
                                   tr("This request changes state on %1 with \u201c%2\u201d:")
                                       .arg(key.environment.displayName(), key.label),
                                   details, tr("Send"));
    }
    return true;
}

void TestCallPanel::showProgress(const QString &text)
{
    m_progress = text;
    if (m_sending && !m_progressTimer->isActive()) {
        m_ui->statusLabel->setText(text);
    }
}

void TestCallPanel::setSending(bool sending, const QString &status)
{
    m_sending = sending;
    if (sending) {
        m_progressTimer->start();
    } else {
        m_progressTimer->stop();
        if (!status.isEmpty()) {
            m_ui->explanationLabel->clear(); // it may still explain the previous answer
        }
    }
    m_ui->cancelButton->setEnabled(sending);
    m_ui->rerunButton->setEnabled(!sending);
    if (!status.isEmpty()) {
        m_ui->statusLabel->setText(status);
    }
    updatePolicy();
}

void TestCallPanel::send()
{
    if (m_keysStale) {
        fillKeys(); // sent before the panel was ever shown (from the keyboard or a script)
    }
    if (m_sending) {
        return;
    }
    ApiRequest request;
    ApiKey key;
    if (const QString problem = compose(&request, &key); !problem.isEmpty()) {
        m_ui->statusLabel->setText(problem);
        return;
    }
    if (!passesPolicy(request, key)) {
        m_ui->statusLabel->setText(tr("Not sent."));
        return;
    }
    m_cancelRequested = false;
    m_progress = tr("Waiting for the OS keychain\u2026");
    setSending(true);
    const quint64 generation = ++m_generation;
    QPointer<TestCallPanel> self(this);
    m_repository->readSecret(
        key.id, [self, generation, request, key](const Error &error, Secret secret) {
            if (!self || generation != self->m_generation) {
                return; // the secret wipes itself
            }
            if (self->m_cancelRequested) {
                self->setSending(false, tr("Cancelled before sending."));
                return;
            }
            if (error.isError()) {
                self->setSending(false, error.message);
                return;
            }
            self->showProgress(tr("Sending to %1\u2026").arg(request.baseUrl.host()));
            self->m_call = self->m_client->send(request, std::move(secret));
            connect(self->m_call, &ApiCall::finished, self,
                    [self, request, key](const ApiResponse &response) {
                        self->m_call = nullptr;
                        self->setSending(false);
                        self->showResponse(response);
                        Q_EMIT self->responseShown(response);
                        // The bookkeeping (a metadata save with its fsync, the history in the
                        // settings file) waits for the frame that shows the answer; it is done
                        // at the latest when the panel goes away.
                        const QDateTime sent = QDateTime::currentDateTime();
                        self->m_bookkeeping.append([self, request, key, response, sent] {
                            if (response.isSuccess()) {
                                self->m_repository->markUsed(key.id);
                            }
                            if (self->m_settings->keepCallHistory()) {
                                self->m_history.add({sent, key.id, key.label, request.method,
                                                     request.path, request.query,
                                                     self->m_settings->keepRequestBodies()
                                                         ? request.body
                                                         : QByteArray(),
                                                     response.status});
                            }
                            return response;
                        });
                        afterNextPaint(
                            self->window(),
                            [self] {
                                if (self) {
                                    self->runBookkeeping(true);
                                }
                            },
                            200);
                    });
        });
}

void TestCallPanel::cancel()
{
    if (!m_sending) {
        return;
    }
    m_cancelRequested = true;
    if (m_call) {
        m_call->cancel();
    }
}

void TestCallPanel::showResponse(const ApiResponse &response)
{
    const QLocale locale;
    if (response.status > 0) {
        m_ui->statusLabel->setText(tr("<b>HTTP %1 %2</b> &nbsp; %3 ms, %4")
                                       .arg(response.status)
                                       .arg(statusText(response.status))
                                       .arg(response.elapsedMs)
                                       .arg(locale.formattedDataSize(response.body.size())));
    } else {
        m_ui->statusLabel->setText(tr("<b>No answer</b> after %1 ms").arg(response.elapsedMs));
    }
    QStringList explanation;
    if (response.error.isError()) {
        explanation << response.error.message.toHtmlEscaped();
    }
    if (response.apiError) {
        const ApiError &e = *response.apiError;
        explanation << tr("HitBTC error %1: %2").arg(e.code).arg(e.message).toHtmlEscaped();
        if (!e.description.isEmpty()) {
            explanation << e.description.toHtmlEscaped();
        }
        if (!e.explanation().isEmpty()) {
            explanation << QStringLiteral("<i>%1</i>").arg(e.explanation().toHtmlEscaped());
        }
    }
    m_ui->explanationLabel->setText(explanation.join(QStringLiteral("<br>")));

    QString headers;
    for (const auto &[name, value] : response.headers) {
        headers +=
            QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromLatin1(value) + u'\n';
    }
    m_ui->headersPlainTextEdit->setPlainText(headers);
    const QJsonDocument document = QJsonDocument::fromJson(response.body);
    QString body;
    if (!document.isNull() && response.body.size() <= maximumShownBody) {
        body = QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    } else if (response.body.size() > maximumShownBody) {
        body = tr("(showing the first %1 of %2)\n")
                   .arg(locale.formattedDataSize(maximumShownBody),
                        locale.formattedDataSize(response.body.size()))
            + QString::fromUtf8(response.body.left(maximumShownBody));
    } else {
        body = QString::fromUtf8(response.body);
    }
    m_ui->responseBodyPlainTextEdit->setPlainText(body);

    if (response.signature) {
        m_ui->stringToSignPlainTextEdit->setPlainText(visible(response.signature->stringToSign));
        m_ui->signatureDetailsLabel->setText(
            tr("Timestamp: %1 (%2)<br>Window: %3<br>Signature: <code>%4</code><br>"
               "Authorization: <code>%5</code>")
                .arg(response.timestamp)
                .arg(QDateTime::fromMSecsSinceEpoch(response.timestamp).toString(Qt::ISODateWithMs))
                .arg(response.window ? tr("%1 ms").arg(*response.window)
                                     : tr("none (10000 ms on the exchange)"))
                .arg(QString::fromLatin1(response.signature->signature),
                     QString::fromLatin1(response.signature->authorization)));
    } else {
        m_ui->stringToSignPlainTextEdit->clear();
        m_ui->signatureDetailsLabel->setText(
            tr("Nothing was signed: Basic authentication sends the key and the secret themselves "
               "(not shown here)."));
    }
}

void TestCallPanel::fillHistory()
{
    QTableWidget *table = m_ui->historyTableWidget;
    table->setRowCount(0);
    for (const CallRecord &record : m_history.records()) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(
            row, 0,
            new QTableWidgetItem(record.time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
        table->setItem(row, 1, new QTableWidgetItem(record.keyLabel));
        table->setItem(row, 2, new QTableWidgetItem(QString::fromLatin1(record.method)));
        table->setItem(row, 3,
                       new QTableWidgetItem(record.query.isEmpty() ? record.path
                                                                   : record.path + u'?'
                                                    + QString::fromUtf8(record.query)));
        table->setItem(row, 4,
                       new QTableWidgetItem(record.status > 0 ? QString::number(record.status)
                                                              : tr("no answer")));
    }
    m_ui->clearHistoryButton->setEnabled(!m_history.records().isEmpty());
}

void TestCallPanel::rerun()
{
    const int row = m_ui->historyTableWidget->currentRow();
    if (row < 0 || row >= m_history.records().size() || m_sending) {
        return;
    }
    const CallRecord record = m_history.records().at(row);
    selectKey(record.keyId);
    m_ui->endpointComboBox->setCurrentIndex(m_ui->endpointComboBox->count() - 1);
    m_ui->methodComboBox->setCurrentText(QString::fromLatin1(record.method));
    m_ui->pathLineEdit->setText(record.path);
    m_ui->queryTableWidget->setRowCount(0);
    for (const auto &[name, value] :
         QUrlQuery(QString::fromUtf8(record.query)).queryItems(QUrl::FullyDecoded)) {
        const int r = m_ui->queryTableWidget->rowCount();
        m_ui->queryTableWidget->insertRow(r);
        m_ui->queryTableWidget->setItem(r, 0, new QTableWidgetItem(name));
        m_ui->queryTableWidget->setItem(r, 1, new QTableWidgetItem(value));
    }
    m_ui->bodyPlainTextEdit->setPlainText(QString::fromUtf8(record.body));
    send();
}

void TestCallPanel::copyAsCurl()
{
    if (m_keysStale) {
        fillKeys();
    }
    ApiRequest request;
    ApiKey key;
    if (const QString problem = compose(&request, &key); !problem.isEmpty()) {
        m_ui->statusLabel->setText(problem);
        return;
    }
    if (request.auth != ApiRequest::Auth::Hs256) {
        m_ui->statusLabel->setText(tr("Copy as curl uses HS256 only: it never puts a secret in a "
                                      "command line."));
        return;
    }
    QPointer<TestCallPanel> self(this);
    m_repository->readSecret(key.id, [self, request](const Error &error, Secret secret) {
        if (!self) {
            return;
        }
        if (error.isError()) {
            self->m_ui->statusLabel->setText(error.message);
            return;
        }
        // A fresh signature, valid for the window from now.
        const QUrl url = ApiClient::requestUrl(request);
        SignInput input {request.method,
                         url.path(QUrl::FullyEncoded).toUtf8(),
                         url.query(QUrl::FullyEncoded).toUtf8(),
                         request.body,
                         QDateTime::currentMSecsSinceEpoch(),
                         request.window};
        const SignedRequest signedRequest =
            RequestSigner::signHs256(input, request.publicKey, secret);
        secret.wipe();
        QString command = QStringLiteral("curl -sS -X %1 %2 -H %3")
                              .arg(QString::fromLatin1(request.method),
                                   shellQuote(url.toString(QUrl::FullyEncoded)),
                                   shellQuote(QStringLiteral("Authorization: ")
                                              + QString::fromLatin1(signedRequest.authorization)));
        if (!request.body.isEmpty()) {
            const bool json = request.body.startsWith('{') || request.body.startsWith('[');
            command +=
                QStringLiteral(" -H %1 --data-raw %2")
                    .arg(shellQuote(json ? QStringLiteral("Content-Type: application/json")
                                         : QStringLiteral("Content-Type: "
                                                          "application/x-www-form-urlencoded")),
                         shellQuote(QString::fromUtf8(request.body)));
        }
        QGuiApplication::clipboard()->setText(command);
        const qint64 window = request.window.value_or(RequestSigner::defaultWindowMs);
        self->m_ui->statusLabel->setText(
            tr("Copied a curl command. Its signature expires at %1 (window %2 s); copy again for a "
               "fresh one.")
                .arg(QDateTime::fromMSecsSinceEpoch(input.timestamp + window)
                         .toString(QStringLiteral("HH:mm:ss")))
                .arg(window / 1000));
        Q_EMIT self->curlCopied(command);
    });
}
