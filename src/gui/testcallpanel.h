#pragma once

#include "gui/callhistory.h"
#include "net/apiclient.h"

#include <QPointer>
#include <QUrl>
#include <QUuid>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class TestCallPanel;
}

class AppSettings;
class QTimer;
class KeyRepository;
class Prompter;
struct ApiKey;

// Sends one-off signed requests with a chosen key and shows exactly what was signed and what
// came back: the second reason users open Keyrack.
class TestCallPanel : public QWidget
{
    Q_OBJECT

public:
    TestCallPanel(KeyRepository *repository, AppSettings *settings, Prompter *prompter,
                  QWidget *parent = nullptr);
    ~TestCallPanel() override;

    // Where sandbox keys are sent: the embedded sandbox's address.
    void setSandboxUrl(const QUrl &url) { m_sandboxUrl = url; }
    void selectKey(const QUuid &id);
    bool isSending() const { return m_sending; }
    const CallHistory &history() const { return m_history; }

    // Turns "\n", tabs and other control bytes into visible escapes.
    static QString visible(const QByteArray &bytes);

public Q_SLOTS:
    void send();
    void cancel();
    void copyAsCurl();

Q_SIGNALS:
    // The answer is in the panel's widgets (painted in the next frame).
    void responseShown(const ApiResponse &response);
    // Then, after that frame, the key is marked used and the call added to the history.
    void callFinished(const ApiResponse &response);
    void curlCopied(const QString &command);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // The step a call in flight is at ("Waiting for the OS keychain…"): on screen at once if the
    // call has already lasted, else when it does.
    void showProgress(const QString &text);
    // Does what answered calls left to do; `announce` refreshes the history table and emits
    // callFinished (not while the panel is being destroyed).
    void runBookkeeping(bool announce);
    // The key list follows the repository, rebuilt at most once per event-loop turn and only
    // while the panel is shown: with thousands of keys, rebuilding it on every change made
    // start-up and an "Audit all" slow.
    void keysChanged();
    void fillKeys();
    void fillEndpoints();
    void endpointChosen(int index);
    void updatePolicy();
    void validateBody();
    void setSending(bool sending, const QString &status = {});
    void showResponse(const ApiResponse &response);
    void fillHistory();
    void rerun();
    // The request as composed; empty message when it can be sent, else why not.
    QString compose(ApiRequest *request, ApiKey *key) const;
    QUrl baseUrlFor(const ApiKey &key) const;
    bool passesPolicy(const ApiRequest &request, const ApiKey &key);

    std::unique_ptr<Ui::TestCallPanel> m_ui;
    KeyRepository *m_repository;
    AppSettings *m_settings;
    Prompter *m_prompter;
    ApiClient *m_client;
    CallHistory m_history;
    QUrl m_sandboxUrl;
    QPointer<ApiCall> m_call;
    bool m_sending = false;
    bool m_keysStale = true;
    bool m_fillPending = false;
    bool m_built = false;
    QUuid m_wantedKey;
    bool m_cancelRequested = false;
    quint64 m_generation = 0; // tells a late keychain answer from the current call's
    // What a call in flight is waiting for, shown only once it lasts: a status that changed
    // and was laid out again at every step cost the answer frames of its own.
    QTimer *m_progressTimer;
    QString m_progress;
    // What is left to do of answered calls: mark the key used, keep the call in the history.
    QList<std::function<ApiResponse()>> m_bookkeeping;
};
