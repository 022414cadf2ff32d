// The translations: complete, in step with the code, keeping every placeholder, loaded from the
// binaries, and a German interface whose longer words still fit their buttons.
#include "core/translations.h"
#include "gui/mainwindow.h"
#include "gui/newkeydialog.h"
#include "gui/prompter.h"
#include "gui/settingsdialog.h"
#include "storage/appsettings.h"
#include "storage/keychainvault.h"
#include "storage/keyrepository.h"
#include "storage/metadatastore.h"
#include "storage/twofactor.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    bool unfinished = false;
    bool numerus = false;
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"message") {
            messages << message;
        }
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            message = Message {context, {}, {}, false, numerus};
        } else if (xml.name() == u"source") {
            message.source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QStringView type = xml.attributes().value(QLatin1String("type"));
            message.unfinished =
                type == u"unfinished" || type == u"vanished" || type == u"obsolete";
            if (!numerus) {
                message.translations = {xml.readElementText()};
            }
        } else if (xml.name() == u"numerusform") {
            message.translations << xml.readElementText();
        }
    }
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(L?[1-9]|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text)) {
        found << match.captured();
    }
    return found;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(KEYRACK_SOURCE_DIR "/translations/keyrack_%1.ts").arg(language);
}

// Every message of the code, as lupdate sees the sources today (run once).
const QList<Message> &codeMessages()
{
    static const QList<Message> messages = [] {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(KEYRACK_SOURCE_DIR));
        lupdate.start(QStringLiteral(KEYRACK_LUPDATE),
                      {QStringLiteral("src"), QStringLiteral("ui"), QStringLiteral("-locations"),
                       QStringLiteral("none"), QStringLiteral("-ts"), fresh});
        if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0) {
            return QList<Message>();
        }
        return readTs(fresh);
    }();
    return messages;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : Translations::available()) {
            QTest::newRow(qPrintable(language)) << language;
        }
    }

    void complete()
    {
        QFETCH(QString, language);
        const QList<Message> messages = readTs(tsPath(language));
        QVERIFY(messages.size() > 100);
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source.left(60);
            if (m.unfinished) {
                problems << QStringLiteral("unfinished: ") + where;
                continue;
            }
            for (const QString &text : m.translations) {
                if (text.trimmed().isEmpty()) {
                    problems << QStringLiteral("empty: ") + where;
                } else if (placeholders(text) != placeholders(m.source)
                           && !(m.source.contains(u"%n") && placeholders(text).isEmpty()
                                && m.translations.size() > 1)) {
                    problems << QStringLiteral("placeholders differ: ") + where;
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // Every string the code can show is in each .ts: lupdate's view of the sources today.
    void everyStringOfTheCodeIsThere()
    {
        QSet<QString> inCode;
        for (const Message &m : codeMessages()) {
            inCode << m.context + u'\x1f' + m.source;
        }
        QVERIFY(inCode.size() > 100);
        for (const QString &language : Translations::available()) {
            QSet<QString> translated;
            for (const Message &m : readTs(tsPath(language))) {
                translated << m.context + u'\x1f' + m.source;
            }
            QStringList missing;
            for (const QString &key : inCode - translated) {
                missing << QString(key).replace(u'\x1f', QStringLiteral(": "));
            }
            missing.sort();
            QVERIFY2(missing.isEmpty(),
                     qPrintable(QStringLiteral("keyrack_%1.ts lacks (run cmake --build build "
                                               "--target update_translations):\n")
                                    .arg(language)
                                + missing.join(u'\n')));
        }
    }

    // English needs only its plural forms: each plural string of the code is in keyrack_en.ts
    // with its two forms, and the compiled file reads "1 key", "2 keys".
    void englishPlurals()
    {
        QHash<QString, Message> english;
        for (const Message &m : readTs(tsPath(QStringLiteral("en")))) {
            english.insert(m.context + u'\x1f' + m.source, m);
        }
        QStringList problems;
        int plurals = 0;
        for (const Message &m : codeMessages()) {
            if (!m.numerus) {
                continue;
            }
            ++plurals;
            const Message found = english.value(m.context + u'\x1f' + m.source);
            if (found.unfinished || found.translations.size() != 2
                || !found.translations.at(0).contains(u"%n")
                || !found.translations.at(1).contains(u"%n")) {
                problems << m.context + QStringLiteral(": ") + m.source;
            }
        }
        QVERIFY(plurals >= 10);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("keyrack_en.ts lacks the forms of (run cmake --build "
                                           "build --target update_translations_en):\n")
                            + problems.join(u'\n')));
        QTranslator compiled;
        QVERIFY(compiled.load(QStringLiteral("keyrack_en"), QStringLiteral(":/i18n")));
        QCOMPARE(compiled.translate("MainWindow", "%n key(s)", nullptr, 1), u"%n key"_s);
        QCOMPARE(compiled.translate("MainWindow", "%n key(s)", nullptr, 2), u"%n keys"_s);
        QCOMPARE(compiled.translate("KeyRisks", "No audit for %n day(s).", nullptr, 1),
                 u"No audit for %n day."_s);
    }

    // The .qm files are in the binary, and German is German, with words that fit.
    void germanInterfaceFits()
    {
        QCOMPARE(Translations::install(QStringLiteral("de")), QStringLiteral("de"));
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        MetadataStore store(dir.path());
        KeychainVault vault;
        KeyRepository repository(&store, &vault);
        QVERIFY(!repository.load().isError());
        DialogPrompter prompter;
        TwoFactor twoFactor(&settings, &vault);
        MainWindow window(&repository, &prompter, &settings);
        window.resize(1460, 560);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SettingsDialog dialog(&settings, &twoFactor, &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        QVERIFY2(dialog.windowTitle() != u"Settings", qPrintable(dialog.windowTitle()));
        auto *newKey = window.findChild<QAbstractButton *>(QStringLiteral("newKeyButton"));
        QVERIFY2(newKey->text() != u"New API key", qPrintable(newKey->text()));

        // The new-key dialog switched to an import (an exchange): its extra rows in German.
        NewKeyDialog newKeyDialog([](const NewKeyRequest &) { return QString(); }, &window);
        newKeyDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&newKeyDialog));
        newKeyDialog.findChild<QComboBox *>(QStringLiteral("environmentComboBox"))
            ->setCurrentIndex(1);
        QApplication::processEvents();

        QStringList cut;
        for (QWidget *top : {static_cast<QWidget *>(&window), static_cast<QWidget *>(&dialog),
                             static_cast<QWidget *>(&newKeyDialog)}) {
            for (QWidget *widget : top->findChildren<QWidget *>()) {
                const auto *button = qobject_cast<QAbstractButton *>(widget);
                const auto *label = qobject_cast<QLabel *>(widget);
                const QString text = button
                    ? button->text()
                    : (label && !label->wordWrap() ? label->text() : QString());
                if (!text.isEmpty() && widget->isVisibleTo(top)
                    && (widget->width() < widget->minimumSizeHint().width()
                        || widget->height() < widget->minimumSizeHint().height())) {
                    cut << QStringLiteral("%1 (%2x%3 < %4x%5; window %6)")
                               .arg(text)
                               .arg(widget->width())
                               .arg(widget->height())
                               .arg(widget->minimumSizeHint().width())
                               .arg(widget->minimumSizeHint().height())
                               .arg(widget->window()->width());
                }
            }
        }
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u", ")));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
