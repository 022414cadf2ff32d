// Two-factor codes end to end: the enrolment dialog, the grant confirmation and the settings
// dialog, driven offscreen with the real OS keychain (a test service name of its own).
#include "core/totp.h"
#include "gui/confirmgrantdialog.h"
#include "gui/prompter.h"
#include "gui/qrcodewidget.h"
#include "gui/settingsdialog.h"
#include "gui/totpenrolmentdialog.h"
#include "guitestutil.h"
#include "storage/appsettings.h"
#include "storage/keychainvault.h"
#include "storage/twofactor.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

namespace {

const QString s_service = QStringLiteral("keyrack-test-twofactor");

using GuiTest::whenModalShows;

QPushButton *button(QWidget *dialog, QDialogButtonBox::StandardButton which)
{
    return dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(which);
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

void clickCheckBox(QCheckBox *box)
{
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
}

qint64 currentStep()
{
    return QDateTime::currentSecsSinceEpoch() / Totp::defaultPeriod;
}

QString codeForStep(const QByteArray &key, qint64 step)
{
    return Totp::code(key, step * Totp::defaultPeriod);
}

// Six digits that are not the code of any step near now.
QString wrongCode(const QByteArray &key)
{
    QStringList near;
    for (qint64 step = currentStep() - 3; step <= currentStep() + 3; ++step) {
        near << codeForStep(key, step);
    }
    for (int candidate = 123456;; ++candidate) {
        const QString code = QString::number(candidate);
        if (!near.contains(code)) {
            return code;
        }
    }
}

} // namespace

class TestTwoFactor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir *m_dir = nullptr;
    AppSettings *m_settings = nullptr;
    KeychainVault *m_vault = nullptr;
    TwoFactor *m_twoFactor = nullptr;

    QString settingsFile() const { return m_dir->filePath(QStringLiteral("keyrack.conf")); }

    // What a second program reading the keychain finds under the TOTP entry.
    std::pair<Error, QByteArray> readBack()
    {
        KeychainVault other(s_service);
        bool answered = false;
        std::pair<Error, QByteArray> result;
        other.readSecret(TwoFactor::vaultEntry, [&](const Error &error, Secret secret) {
            result = {error, QByteArray(secret.reveal().constData(), secret.size())};
            answered = true;
        });
        [&]() {
            QTRY_VERIFY_WITH_TIMEOUT(answered, 15000);
        }();
        return result;
    }

    // Turns two-factor codes on through the API, with the code of the current step; returns the
    // key for the test to compute further codes.
    QByteArray enrol(qint64 *usedStep)
    {
        TwoFactor::Enrolment enrolment = m_twoFactor->beginEnrolment();
        const QByteArray key(enrolment.key.reveal().constData(), enrolment.key.size());
        *usedStep = currentStep();
        bool answered = false;
        m_twoFactor->completeEnrolment(std::move(enrolment.key), codeForStep(key, *usedStep),
                                       [&](const Error &error) {
                                           QVERIFY2(!error.isError(), qPrintable(error.message));
                                           answered = true;
                                       });
        [&]() {
            QTRY_VERIFY_WITH_TIMEOUT(answered, 15000);
            QVERIFY(m_twoFactor->isEnabled());
        }();
        return key;
    }

    static ApiKey deskBot()
    {
        ApiKey key;
        key.label = QStringLiteral("desk bot");
        key.publicKey = QStringLiteral("pubkey-1234");
        key.environment = Environment::sandbox();
        return key;
    }

    static AccessRights tradeRight()
    {
        AccessRights rights;
        rights.set(Right::Trade);
        return rights;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run under scripts/test: it provides the private keychain session");
    }

    void init()
    {
        m_dir = new QTemporaryDir;
        QVERIFY(m_dir->isValid());
        m_settings = new AppSettings(settingsFile());
        m_vault = new KeychainVault(s_service);
        m_twoFactor = new TwoFactor(m_settings, m_vault);
    }

    void cleanup()
    {
        bool removed = false;
        m_vault->removeSecret(TwoFactor::vaultEntry, [&removed](const Error &) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 15000);
        delete m_twoFactor;
        delete m_vault;
        delete m_settings;
        delete m_dir;
    }

    void qrCodeWidgetRendersAUri()
    {
        QrCodeWidget widget;
        QVERIFY(widget.isEmpty());
        QVERIFY(!widget.accessibleName().isEmpty());
        QVERIFY(!widget.accessibleDescription().isEmpty());
        QByteArray key = Totp::generateKey();
        QVERIFY(widget.setText(Totp::provisioningUri(key, QStringLiteral("tests"))));
        QVERIFY(widget.moduleCount() >= 21);
        widget.resize(widget.sizeHint());

        const auto countPixels = [&widget]() {
            const QImage image = widget.grab().toImage();
            std::pair<int, int> darkLight {0, 0};
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    (qGray(image.pixel(x, y)) < 128 ? darkLight.first : darkLight.second)++;
                }
            }
            return darkLight;
        };
        const QImage image = widget.grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 0 && image.height() > 0);
        const auto [dark, light] = countPixels();
        QVERIFY(dark > 0);
        QVERIFY(light > dark / 4); // a quiet zone and light modules, not a black square

        widget.clear();
        QVERIFY(widget.isEmpty());
        QCOMPARE(countPixels().first, 0);
    }

    void enrolmentRefusesAWrongCodeThenAcceptsTheRightOne()
    {
        SettingsDialog dialog(m_settings, m_twoFactor);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *twoFactorBox = child<QCheckBox>(&dialog, "twoFactorCheckBox");
        QVERIFY(!twoFactorBox->isChecked());

        clickCheckBox(twoFactorBox);
        QPointer<TotpEnrolmentDialog> enrolment;
        QTRY_VERIFY((enrolment = dialog.findChild<TotpEnrolmentDialog *>()) != nullptr
                    && enrolment->isVisible());

        // What a user would type into an authenticator app by hand.
        const QString shownSecret = child<QLineEdit>(enrolment, "secretLineEdit")->text();
        const std::optional<QByteArray> key = Totp::base32Decode(shownSecret);
        QVERIFY(key.has_value());
        QCOMPARE(key->size(), Totp::keySize);
        QString base32 = Totp::base32Encode(*key);
        const QString uri = child<QLineEdit>(enrolment, "uriLineEdit")->text();
        QVERIFY(uri.startsWith(QStringLiteral("otpauth://totp/Keyrack:")));
        QVERIFY(uri.contains(QStringLiteral("secret=") + base32));
        QVERIFY(!child<QrCodeWidget>(enrolment, "qrCodeWidget")->isEmpty());

        auto *code = child<QLineEdit>(enrolment, "codeLineEdit");
        auto *message = child<QLabel>(enrolment, "messageLabel");
        QVERIFY(!code->accessibleName().isEmpty());
        QTest::keyClicks(code, QStringLiteral("12ab"));
        QCOMPARE(code->text(), QStringLiteral("12")); // digits only
        code->clear();

        QTest::keyClicks(code, wrongCode(*key));
        QTest::mouseClick(button(enrolment, QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(message->isVisible() && message->text().contains(QStringLiteral("not match")));
        QVERIFY(enrolment->isVisible());
        QVERIFY(code->text().isEmpty());
        QVERIFY(!m_twoFactor->isEnabled());
        QCOMPARE(readBack().first.kind, ErrorKind::NotFound);

        QTRY_VERIFY(button(enrolment, QDialogButtonBox::Ok)->isEnabled());
        QTest::keyClicks(code, codeForStep(*key, currentStep()));
        QTest::mouseClick(button(enrolment, QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(enrolment.isNull() || !enrolment->isVisible(), 15000);
        QVERIFY(m_twoFactor->isEnabled());
        QVERIFY(twoFactorBox->isChecked());
        QTest::mouseClick(button(&dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        // The secret is in the keychain...
        const auto [error, stored] = readBack();
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(stored, *key);
        // ...and nowhere in the settings file, in any spelling.
        QFile file(settingsFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(saved.contains("enabled=true"));
        QVERIFY(!saved.contains(base32.toLatin1()));
        QVERIFY(!saved.toUpper().contains(base32.left(8).toLatin1()));
        QVERIFY(!saved.contains(*key));
        QVERIFY(!saved.contains(key->toHex()));
        QVERIFY(!saved.contains(key->toBase64()));
        QVERIFY(!saved.contains("otpauth"));
        wipeString(base32);
    }

    void cancelledEnrolmentLeavesTwoFactorOff()
    {
        SettingsDialog dialog(m_settings, m_twoFactor);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *twoFactorBox = child<QCheckBox>(&dialog, "twoFactorCheckBox");
        clickCheckBox(twoFactorBox);
        QPointer<TotpEnrolmentDialog> enrolment;
        QTRY_VERIFY((enrolment = dialog.findChild<TotpEnrolmentDialog *>()) != nullptr
                    && enrolment->isVisible());
        auto *secret = child<QLineEdit>(enrolment, "secretLineEdit");
        QTest::mouseClick(button(enrolment, QDialogButtonBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(enrolment.isNull() || !enrolment->isVisible());
        if (enrolment) {
            QVERIFY(secret->text().isEmpty()); // wiped on closing
        }
        QVERIFY(!twoFactorBox->isChecked());
        QVERIFY(!m_twoFactor->isEnabled());
        QCOMPARE(readBack().first.kind, ErrorKind::NotFound);
    }

    void grantNeedsTheRightCodeAndRefusesAReplay()
    {
        qint64 enrolled = 0;
        const QByteArray key = enrol(&enrolled);
        QVERIFY(!QTest::currentTestFailed());
        const QString next = codeForStep(key, enrolled + 1);

        // Through DialogPrompter, as the main window asks.
        DialogPrompter prompter;
        prompter.twoFactor = m_twoFactor;
        bool refusedFirst = false;
        whenModalShows<ConfirmGrantDialog>([&](ConfirmGrantDialog *dialog) {
            const QString question = child<QLabel>(dialog, "messageLabel")->text();
            QVERIFY(question.contains(QStringLiteral("desk bot")));
            QVERIFY(question.contains(QStringLiteral("Place/cancel orders")));
            auto *code = child<QLineEdit>(dialog, "codeLineEdit");
            auto *message = child<QLabel>(dialog, "codeMessageLabel");
            auto *ok = button(dialog, QDialogButtonBox::Ok);
            QVERIFY(code->isVisible());
            QVERIFY(!code->accessibleName().isEmpty());

            // Nothing typed: refused without asking the keychain.
            QTest::mouseClick(ok, Qt::LeftButton);
            QVERIFY(dialog->isVisible());
            QVERIFY(message->text().contains(QStringLiteral("6-digit")));

            QTest::keyClicks(code, wrongCode(key));
            QTest::mouseClick(ok, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(ok->isEnabled(), 15000);
            QVERIFY(dialog->isVisible());
            QVERIFY2(message->text().contains(QStringLiteral("not right")),
                     qPrintable(message->text()));
            QVERIFY(code->text().isEmpty());
            refusedFirst = true;

            QTest::keyClicks(code, next);
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        QVERIFY(prompter.confirmGrant(nullptr, deskBot(), tradeRight()));
        QVERIFY(refusedFirst);
        QCOMPARE(m_settings->lastTotpStep(), enrolled + 1);

        // The same code a second time is refused, as is the older one used to enrol.
        ConfirmGrantDialog dialog(deskBot(), tradeRight(), m_twoFactor);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *code = child<QLineEdit>(&dialog, "codeLineEdit");
        auto *message = child<QLabel>(&dialog, "codeMessageLabel");
        auto *ok = button(&dialog, QDialogButtonBox::Ok);
        for (const QString &used : {next, codeForStep(key, enrolled)}) {
            QTest::keyClicks(code, used);
            QTest::mouseClick(ok, Qt::LeftButton);
            QVERIFY(!ok->isEnabled()); // busy while the keychain answers
            QTRY_VERIFY_WITH_TIMEOUT(ok->isEnabled(), 15000);
            QVERIFY(dialog.isVisible());
            QVERIFY2(message->text().contains(QStringLiteral("already been used")),
                     qPrintable(message->text()));
            QVERIFY(code->text().isEmpty());
        }
        QCOMPARE(m_settings->lastTotpStep(), enrolled + 1);
    }

    void grantAsksNoCodeWhenTwoFactorIsOff()
    {
        ConfirmGrantDialog dialog(deskBot(), tradeRight(), m_twoFactor);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!child<QLineEdit>(&dialog, "codeLineEdit")->isVisible());
        QTest::mouseClick(button(&dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void disablingNeedsAValidCodeAndRemovesTheSecret()
    {
        qint64 enrolled = 0;
        const QByteArray key = enrol(&enrolled);
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(!readBack().first.isError());

        SettingsDialog dialog(m_settings, m_twoFactor);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *twoFactorBox = child<QCheckBox>(&dialog, "twoFactorCheckBox");
        auto *code = child<QLineEdit>(&dialog, "twoFactorCodeLineEdit");
        auto *message = child<QLabel>(&dialog, "messageLabel");
        auto *ok = button(&dialog, QDialogButtonBox::Ok);
        QVERIFY(twoFactorBox->isChecked());
        QVERIFY(!code->isVisible());

        clickCheckBox(twoFactorBox);
        QVERIFY(!twoFactorBox->isChecked());
        QVERIFY(code->isVisible());
        QVERIFY(!code->accessibleName().isEmpty());

        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(message->text().contains(QStringLiteral("6-digit")));

        QTest::keyClicks(code, wrongCode(key));
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(ok->isEnabled(), 15000);
        QVERIFY(dialog.isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("not right")),
                 qPrintable(message->text()));
        QVERIFY(m_twoFactor->isEnabled());
        QVERIFY(!readBack().first.isError());

        QTest::keyClicks(code, codeForStep(key, enrolled + 1));
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 15000);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!m_twoFactor->isEnabled());
        QVERIFY(!AppSettings(settingsFile()).twoFactorEnabled());
        QCOMPARE(readBack().first.kind, ErrorKind::NotFound);
    }

    void settingsPersist()
    {
        {
            SettingsDialog dialog(m_settings, m_twoFactor);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *clipboard = child<QSpinBox>(&dialog, "clipboardClearSpinBox");
            auto *audit = child<QSpinBox>(&dialog, "auditReminderSpinBox");
            auto *confirmSandbox = child<QCheckBox>(&dialog, "confirmSandboxCallsCheckBox");
            auto *history = child<QCheckBox>(&dialog, "keepCallHistoryCheckBox");
            auto *bodies = child<QCheckBox>(&dialog, "keepRequestBodiesCheckBox");
            // The defaults.
            QCOMPARE(clipboard->value(), 30);
            QCOMPARE(audit->value(), 30);
            QVERIFY(confirmSandbox->isChecked());
            QVERIFY(history->isChecked());
            QVERIFY(!bodies->isChecked());
            for (QWidget *widget : std::initializer_list<QWidget *> {
                     clipboard, audit, confirmSandbox, history, bodies,
                     child<QCheckBox>(&dialog, "twoFactorCheckBox")}) {
                QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
            }

            clipboard->selectAll();
            QTest::keyClicks(clipboard, QStringLiteral("45"));
            audit->selectAll();
            QTest::keyClicks(audit, QStringLiteral("90"));
            clickCheckBox(confirmSandbox);
            clickCheckBox(bodies);
            QVERIFY(bodies->isChecked());
            clickCheckBox(history);
            QVERIFY(!bodies->isEnabled()); // bodies are kept only in a history
            clickCheckBox(history);
            QTest::mouseClick(button(&dialog, QDialogButtonBox::Ok), Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }

        {
            const AppSettings reread(settingsFile());
            QCOMPARE(reread.clipboardClearSeconds(), 45);
            QCOMPARE(reread.auditReminderDays(), 90);
            QVERIFY(!reread.confirmSandboxStateChangingCalls());
            QVERIFY(reread.keepCallHistory());
            QVERIFY(reread.keepRequestBodies());
            QVERIFY(!reread.twoFactorEnabled());
        }

        {
            // Cancel keeps what was saved.
            SettingsDialog dialog(m_settings, m_twoFactor);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *clipboard = child<QSpinBox>(&dialog, "clipboardClearSpinBox");
            QCOMPARE(clipboard->value(), 45);
            clipboard->selectAll();
            QTest::keyClicks(clipboard, QStringLiteral("120"));
            clickCheckBox(child<QCheckBox>(&dialog, "keepCallHistoryCheckBox"));
            QTest::mouseClick(button(&dialog, QDialogButtonBox::Cancel), Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
        }
        const AppSettings reread(settingsFile());
        QCOMPARE(reread.clipboardClearSeconds(), 45);
        QVERIFY(reread.keepCallHistory());

        QFile file(settingsFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(saved.contains("clearSeconds=45"));
        QVERIFY(!saved.contains("otpauth"));
        QVERIFY(!saved.toLower().contains("secret"));
    }
};

QTEST_MAIN(TestTwoFactor)
#include "tst_twofactor.moc"
