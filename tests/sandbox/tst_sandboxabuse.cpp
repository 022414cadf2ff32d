#include "net/randomtoken.h"
#include "sandbox/sandboxserver.h"
#include "storage/keychainvault.h"
#include "storage/keyrepository.h"
#include "storage/metadatastore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// Generous limits: these tests check that the server answers, never how fast.
constexpr int answerTimeoutMs = 15000;

struct RawReply
{
    int status = 0; // 0: the connection closed without an answer
    QJsonValue body;
    bool closed = false;
};

using Sockets = std::vector<std::unique_ptr<QTcpSocket>>;

} // namespace

// The sandbox under abuse over real loopback TCP, with a real key in the real keychain: idle and
// slow clients, oversized and malformed requests, hostile bodies. It must keep answering others,
// close what it should, and never change a balance on a request it refuses.
class TestSandboxAbuse : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MetadataStore> m_store;
    std::unique_ptr<KeychainVault> m_vault;
    std::unique_ptr<KeyRepository> m_repository;
    std::unique_ptr<SandboxServer> m_server;
    QUuid m_id;
    QByteArray m_basic; // the test key's Basic credentials, for this test's requests only

    std::unique_ptr<QTcpSocket> connectToServer()
    {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(m_server->url().host(), static_cast<quint16>(m_server->url().port()));
        // The server runs on this thread: wait with the event loop running, never blocking.
        if (!QTest::qWaitFor([&] { return socket->state() == QAbstractSocket::ConnectedState; },
                             5000)) {
            return nullptr;
        }
        return socket;
    }

    // Reads one response (headers and Content-Length body) or until the server closes.
    static RawReply readReply(QTcpSocket *socket, int timeoutMs = answerTimeoutMs)
    {
        QByteArray answer;
        const auto complete = [&] {
            answer += socket->readAll();
            const qsizetype end = answer.indexOf("\r\n\r\n");
            if (end >= 0) {
                for (const QByteArray &line : answer.left(end).split('\n')) {
                    if (line.toLower().startsWith("content-length:")) {
                        const qsizetype length = line.mid(15).trimmed().toLongLong();
                        if (answer.size() >= end + 4 + length) {
                            return true;
                        }
                    }
                }
            }
            return socket->state() != QAbstractSocket::ConnectedState;
        };
        const bool answered = QTest::qWaitFor(complete, timeoutMs);
        Q_UNUSED(answered) // a connection left open without an answer reads as status 0
        RawReply reply;
        const qsizetype end = answer.indexOf("\r\n\r\n");
        const QList<QByteArray> words = answer.left(answer.indexOf("\r\n")).split(' ');
        reply.status = answer.startsWith("HTTP/1.") && words.size() > 1 ? words[1].toInt() : 0;
        if (end >= 0) {
            const QJsonDocument document = QJsonDocument::fromJson(answer.mid(end + 4));
            reply.body =
                document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
        }
        reply.closed = socket->state() != QAbstractSocket::ConnectedState;
        return reply;
    }

    RawReply exchange(const QByteArray &request)
    {
        const auto socket = connectToServer();
        if (!socket) {
            return {};
        }
        socket->write(request);
        return readReply(socket.get());
    }

    QByteArray request(const QByteArray &method, const QByteArray &target,
                       const QByteArray &body = {}, const QByteArray &contentType = {})
    {
        QByteArray text = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        text += "Authorization: Basic " + m_basic + "\r\n";
        if (!contentType.isEmpty()) {
            text += "Content-Type: " + contentType + "\r\n";
        }
        if (!body.isEmpty() || method == "POST") {
            text += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        }
        return text + "\r\n" + body;
    }

    // Both accounts' balances, to see that a refused request changed nothing.
    QJsonValue balances()
    {
        const RawReply spot = exchange(request("GET", "/api/3/spot/balance"));
        const RawReply wallet = exchange(request("GET", "/api/3/wallet/balance"));
        if (spot.status != 200 || wallet.status != 200) {
            return {};
        }
        return QJsonObject {{u"spot"_s, spot.body}, {u"wallet"_s, wallet.body}};
    }

    static bool waitClosed(const Sockets &sockets)
    {
        return QTest::qWaitFor(
            [&] {
                return std::all_of(sockets.begin(), sockets.end(), [](const auto &socket) {
                    return socket->state() == QAbstractSocket::UnconnectedState;
                });
            },
            answerTimeoutMs);
    }

    void servesOthers()
    {
        QCOMPARE(exchange(request("GET", "/api/3/public/symbol")).status, 200);
        QCOMPARE(exchange(request("GET", "/api/3/spot/balance")).status, 200);
    }

    // The server lets go of every connection once its clients are gone.
    void noConnectionLeft()
    {
        QVERIFY2(
            QTest::qWaitFor([this] { return m_server->connectionCount() == 0; }, answerTimeoutMs),
            qPrintable(u"%1 connections still open"_s.arg(m_server->connectionCount())));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<MetadataStore>(m_dir.path());
        m_vault = std::make_unique<KeychainVault>(u"Keyrack-test-sandboxabuse"_s);
        m_repository = std::make_unique<KeyRepository>(m_store.get(), m_vault.get());
        QVERIFY(!m_repository->load().isError());
        QSignalSpy done(this, &QObject::objectNameChanged);
        m_repository->generate(
            u"sandbox-abuse"_s, {}, &RandomToken::generate,
            [this](const Error &error, GeneratedKey key) {
                QVERIFY2(!error.isError(), qPrintable(error.message));
                m_id = key.id;
                m_basic = QByteArray(key.publicKey.toUtf8() + ':' + key.secret.reveal()).toBase64();
                setObjectName(u"generated"_s);
            });
        QVERIFY(done.wait(30000));
        QVERIFY(!m_repository->setRights(m_id, AccessRights::all()).isError());
        m_server = std::make_unique<SandboxServer>(m_repository.get());
        QVERIFY(!m_server->start().isError());
    }

    void cleanupTestCase()
    {
        QSignalSpy done(this, &QObject::objectNameChanged);
        m_repository->remove(m_id, [this](const Error &) { setObjectName(u"removed"_s); });
        QVERIFY(done.wait(30000));
    }

    void cleanup() { m_server->setIdleTimeout(SandboxServer::defaultIdleTimeoutMs); }

    void slowClientsDoNotBlockOthers()
    {
        // Slowloris: many connections that start a request and stall.
        Sockets slow;
        for (int i = 0; i < 50; ++i) {
            auto socket = connectToServer();
            QVERIFY(socket);
            socket->write("GET /api/3/public/symbol HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
            slow.push_back(std::move(socket));
        }
        QVERIFY(QTest::qWaitFor([this] { return m_server->connectionCount() >= 50; }, 5000));
        servesOthers();
        // Well within the default idle timeout, they are neither answered nor closed.
        for (const auto &socket : slow) {
            QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
            QCOMPARE(socket->bytesAvailable(), qint64(0));
        }
        slow.clear(); // the clients give up
        noConnectionLeft();
    }

    void idleConnectionsAreClosed()
    {
        m_server->setIdleTimeout(300);
        Sockets partial;
        for (int i = 0; i < 50; ++i) {
            auto socket = connectToServer();
            QVERIFY(socket);
            socket->write("GET /api/3/public/symbol HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
            partial.push_back(std::move(socket));
        }
        Sockets silent;
        for (int i = 0; i < 10; ++i) {
            silent.push_back(connectToServer());
            QVERIFY(silent.back());
        }
        // A keep-alive connection idle after one answered request.
        Sockets kept;
        kept.push_back(connectToServer());
        QVERIFY(kept.back());
        kept.back()->write(request("GET", "/api/3/public/symbol"));
        QCOMPARE(readReply(kept.back().get()).status, 200);
        // A client that drips its request a byte at a time, never finishing within the limit.
        Sockets drip;
        drip.push_back(connectToServer());
        QVERIFY(drip.back());
        drip.back()->write("GET /api/3/public/symbol HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Drip: ");
        QTimer dripper;
        QTcpSocket *dripping = drip.back().get();
        connect(&dripper, &QTimer::timeout, dripping, [dripping] {
            if (dripping->state() == QAbstractSocket::ConnectedState) {
                dripping->write("a");
            }
        });
        dripper.start(50);

        QVERIFY(waitClosed(partial));
        QVERIFY(waitClosed(silent));
        QVERIFY(waitClosed(kept));
        QVERIFY(waitClosed(drip));
        // A started request is told why; an idle connection is just closed.
        for (const auto &socket : partial) {
            QVERIFY(socket->readAll().startsWith("HTTP/1.1 408 "));
        }
        for (const auto &socket : silent) {
            QCOMPARE(socket->readAll(), QByteArray());
        }
        noConnectionLeft();
        servesOthers();
    }

    void oversizedAndMalformedRequests_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("expected");

        const QByteArray start = "GET /api/3/public/symbol HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        QTest::newRow("1 MiB header line")
            << QByteArray(start + "X-Big: " + QByteArray(1024 * 1024, 'a') + "\r\n\r\n") << 431;
        QByteArray many = start;
        for (int i = 0; i < 10000; ++i) {
            many += "X-Header-" + QByteArray::number(i) + ": v\r\n";
        }
        QTest::newRow("10 000 headers") << QByteArray(many + "\r\n") << 431;
        QByteArray tiny = start;
        for (int i = 0; i < 10000; ++i) {
            tiny += "a:\n";
        }
        QTest::newRow("10 000 tiny headers") << QByteArray(tiny + "\n") << 431;
        QTest::newRow("1 MiB request line")
            << QByteArray("GET /api/3/public/symbol?" + QByteArray(1024 * 1024, 'q')
                          + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            << 431;
        QTest::newRow("1 MiB without a line end") << QByteArray(1024 * 1024, 'G') << 431;
        const QByteArray post = "POST /api/3/spot/order HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        QTest::newRow("100 MiB body announced")
            << QByteArray(post + "Content-Length: 104857600\r\n\r\n") << 413;
        QTest::newRow("100 MiB body announced, 2 MiB sent") << QByteArray(
            post + "Content-Length: 104857600\r\n\r\n" + QByteArray(2 * 1024 * 1024, '{'))
                                                            << 413;
        QTest::newRow("2 MiB chunk")
            << QByteArray(post + "Transfer-Encoding: chunked\r\n\r\n200000\r\n"
                          + QByteArray(2 * 1024 * 1024, '{') + "\r\n0\r\n\r\n")
            << 413;
        QTest::newRow("garbage request line") << QByteArray("\x01\x02\x03 nonsense\r\n\r\n") << 400;
        QTest::newRow("no HTTP version") << QByteArray("GET /api/3/public/symbol\r\n\r\n") << 400;
        QTest::newRow("bad Content-Length")
            << QByteArray(start + "Content-Length: lots\r\n\r\n") << 400;
        QTest::newRow("negative Content-Length")
            << QByteArray(start + "Content-Length: -1\r\n\r\n") << 400;
        QTest::newRow("two Content-Lengths")
            << QByteArray(post + "Content-Length: 2\r\nContent-Length: 200\r\n\r\n{}") << 400;
        QTest::newRow("Content-Length and chunked")
            << QByteArray(post
                          + "Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}"
                            "\r\n0\r\n\r\n")
            << 400;
        QTest::newRow("binary header name") << QByteArray(start + "X-\x7f\x01: v\r\n\r\n") << 400;
        QTest::newRow("header without colon") << QByteArray(start + "Oops\r\n\r\n") << 400;
    }

    void oversizedAndMalformedRequests()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, expected);

        const auto socket = connectToServer();
        QVERIFY(socket);
        socket->write(bytes);
        const RawReply reply = readReply(socket.get());
        QCOMPARE(reply.status, expected);
        QCOMPARE(reply.body[u"error"_s][u"code"_s].toInt(), expected);
        // Refused, the connection is closed rather than left open.
        QVERIFY(QTest::qWaitFor(
            [&] {
                socket->readAll();
                return socket->state() == QAbstractSocket::UnconnectedState;
            },
            answerTimeoutMs));
        servesOthers();
        noConnectionLeft();
    }

    void hostileBodiesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");

        const QByteArray json = "application/json";
        const QByteArray form = "application/x-www-form-urlencoded";
        struct Endpoint
        {
            const char *name;
            QByteArray target;
            QByteArray valid; // fields that would succeed, before the one under test
            QByteArray amountName;
            QByteArray amount; // a valid amount
        };
        const Endpoint endpoints[] = {
            {"order", "/api/3/spot/order", R"("symbol":"ETHBTC","side":"sell","type":"market")",
             "quantity", "0.1"},
            {"withdraw", "/api/3/wallet/crypto/withdraw",
             R"("currency":"BTC","address":"bc1qabuse")", "amount", "0.1"},
        };
        for (const Endpoint &e : endpoints) {
            const QByteArray field = '"' + e.amountName + "\":";
            const auto withAmount = [&](const QByteArray &amount) {
                return QByteArray('{' + e.valid + ',' + field + amount + '}');
            };
            const auto row = [&](const char *what, const QByteArray &body, const QByteArray &type) {
                QTest::addRow("%s: %s", e.name, what) << e.target << body << type;
            };
            row("invalid UTF-8 in JSON", withAmount("\"0.1\xff\xfe\""), json);
            row("invalid UTF-8 in a JSON key", "{\"\xc3\x28\":1," + e.valid + '}', json);
            row("overlong UTF-8", withAmount("\"0.1\xc0\xaf\""), json);
            row("invalid UTF-8 in a form", e.amountName + "=0.1&x=\xff", form);
            row("amount 1e400", withAmount("1e400"), json);
            row("amount -1e400", withAmount("-1e400"), json);
            row("amount 1e-400", withAmount("1e-400"), json);
            row("amount 99999999999999999999999999", withAmount("99999999999999999999999999"),
                json);
            row("amount \"99999999999999999999999999\"",
                withAmount("\"99999999999999999999999999\""), json);
            row("amount \"1e400\"", withAmount("\"1e400\""), json);
            row("amount -0.1", withAmount("-0.1"), json);
            row("amount NaN", withAmount("NaN"), json);
            row("amount as an object", withAmount(R"({"value":"0.1"})"), json);
            row("huge number in a form",
                "symbol=ETHBTC&side=sell&type=market&currency=BTC&address=x&" + e.amountName
                    + "=99999999999999999999999999",
                form);
            row("100 000 [", QByteArray(100000, '['), json);
            row("100 000 [ closed", QByteArray(100000, '[') + QByteArray(100000, ']'), json);
            row("100 000 { in a member", withAmount(QByteArray(100000, '{')), json);
            row("array", '[' + withAmount('"' + e.amount + '"') + ']', json);
            row("empty array", "[]", json);
            row("string", "\"text\"", json);
            row("number", "42", json);
            row("null", "null", json);
            row("true", "true", json);
            row("duplicated key, valid values",
                withAmount('"' + e.amount + "\"," + field + '"' + e.amount + '"'), json);
            row("duplicated key, second one huge",
                withAmount('"' + e.amount + "\"," + field + "\"1000000\""), json);
            row("duplicated key in a form",
                "symbol=ETHBTC&side=sell&type=market&currency=BTC&address=x&" + e.amountName + '='
                    + e.amount + '&' + e.amountName + '=' + e.amount,
                form);
            row("truncated JSON", withAmount('"' + e.amount + '"').chopped(1), json);
            row("trailing garbage", withAmount('"' + e.amount + '"') + "xyz", json);
        }
        // The same parameter in the query and in the body.
        QTest::newRow("order: duplicated in query and body")
            << QByteArray("/api/3/spot/order?quantity=0.1")
            << QByteArray(R"({"symbol":"ETHBTC","side":"sell","type":"market","quantity":"0.1"})")
            << json;
    }

    void hostileBodiesAreRefused()
    {
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);

        const QJsonValue before = balances();
        QVERIFY(before.isObject());
        const RawReply reply = exchange(request("POST", target, body, contentType));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.body[u"error"_s][u"code"_s].toInt(), 10001);
        QVERIFY(reply.body[u"error"_s][u"message"_s].isString());
        QCOMPARE(balances(), before);
    }

    void validBodiesStillWork()
    {
        // The checks above refuse hostile bodies, not ordinary ones: a withdrawal and back.
        const QJsonValue before = balances();
        const RawReply withdrawn = exchange(request(
            "POST", "/api/3/wallet/crypto/withdraw",
            R"({"currency":"BTC","amount":0.1,"address":"bc1qabuse"})", "application/json"));
        QCOMPARE(withdrawn.status, 200);
        QVERIFY(balances() != before);
        const QByteArray id = withdrawn.body[u"id"_s].toString().toUtf8();
        QCOMPARE(exchange(request("DELETE", "/api/3/wallet/crypto/withdraw/" + id)).status, 200);
        QCOMPARE(balances(), before);
    }
};

QTEST_GUILESS_MAIN(TestSandboxAbuse)
#include "tst_sandboxabuse.moc"
