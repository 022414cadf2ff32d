#include "core/secret.h"
#include "net/apiclient.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// A loopback HTTP server that answers each connection the way the current test scripts it:
// well, slowly, rudely or hugely. It records the last request it read.
class ScriptedServer : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Json, Silent, CloseEarly, Huge, Html };

    explicit ScriptedServer(QObject *parent = nullptr)
        : QObject(parent)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &ScriptedServer::accept);
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
    }

    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }
    Mode mode = Mode::Json;
    QByteArray lastRequest;

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void serve(QTcpSocket *socket)
    {
        lastRequest += socket->readAll();
        if (!lastRequest.contains("\r\n\r\n")) {
            return;
        }
        switch (mode) {
        case Mode::Json:
            reply(socket, "200 OK", "application/json", R"([{"currency":"BTC"}])");
            break;
        case Mode::Html:
            reply(socket, "502 Bad Gateway", "text/html", "<html>bad gateway</html>");
            break;
        case Mode::Silent:
            break;
        case Mode::CloseEarly:
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n{\"partial\":");
            socket->flush();
            socket->disconnectFromHost();
            break;
        case Mode::Huge: {
            const qint64 size = 64 * 1024 * 1024;
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                          + QByteArray::number(size) + "\r\n\r\n");
            // Stream it in chunks as the client reads, never all at once.
            auto *sent = new qint64(0);
            const auto pump = [socket, sent, size] {
                while (*sent < size && socket->bytesToWrite() < 1024 * 1024) {
                    const QByteArray chunk(256 * 1024, ' ');
                    socket->write(chunk);
                    *sent += chunk.size();
                }
            };
            connect(socket, &QTcpSocket::bytesWritten, socket, pump);
            connect(socket, &QObject::destroyed, socket, [sent] { delete sent; });
            pump();
            break;
        }
        }
    }

    static void reply(QTcpSocket *socket, const QByteArray &status, const QByteArray &type,
                      const QByteArray &body)
    {
        socket->write("HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
};

Secret secret()
{
    QByteArray bytes("client-test-secret");
    return Secret::adopt(bytes);
}

} // namespace

// The API client over real loopback HTTP: what it signs is what it sends, and a server that is
// down, silent, rude or huge ends the call with a clear message.
class TestApiClient : public QObject
{
    Q_OBJECT

private:
    ApiResponse run(const ApiRequest &request, Secret key = secret())
    {
        ApiClient client;
        ApiCall *call = client.send(request, std::move(key));
        QSignalSpy spy(call, &ApiCall::finished);
        if (!spy.wait(request.timeoutMs + 10000)) {
            qFatal("the call never finished");
        }
        return spy.at(0).at(0).value<ApiResponse>();
    }

    ApiRequest request(const QUrl &base) const
    {
        ApiRequest out;
        out.baseUrl = base;
        out.method = "GET";
        out.path = u"/spot/balance"_s;
        out.publicKey = "client-test-public";
        out.timeoutMs = 3000;
        return out;
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ApiResponse>(); }

    void signsExactlyWhatItSends()
    {
        ScriptedServer server;
        ApiRequest r = request(server.url());
        r.method = "POST";
        r.path = u"/api/3/spot/order"_s;
        r.query = "a=1&b=%20x";
        r.body = R"({"symbol":"ETHBTC"})";
        r.window = 5000;
        const ApiResponse response = run(r);
        QVERIFY2(response.isSuccess(), qPrintable(response.error.message));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, QByteArray(R"([{"currency":"BTC"}])"));
        QVERIFY(response.signature);
        QVERIFY(server.lastRequest.startsWith("POST /api/3/spot/order?a=1&b=%20x HTTP/1.1\r\n"));
        QVERIFY(server.lastRequest.contains(
            QByteArray("\r\nAuthorization: " + response.signature->authorization + "\r\n")));
        QVERIFY(server.lastRequest.contains("Content-Type: application/json"));
        QVERIFY(server.lastRequest.endsWith(r.body));
        QCOMPARE(response.signature->stringToSign,
                 "POST/api/3/spot/order?a=1&b=%20x" + r.body
                     + QByteArray::number(response.timestamp) + "5000");
        QVERIFY(!server.lastRequest.contains("client-test-secret"));
    }

    void refusesPlainHttpToAnotherHost()
    {
        const ApiResponse response = run(request(QUrl(u"http://example.com"_s)));
        QCOMPARE(response.status, 0);
        QCOMPARE(response.error.kind, ErrorKind::Invalid);
        QVERIFY2(response.error.message.contains(u"https://"_s),
                 qPrintable(response.error.message));
    }

    void serverDown()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QUrl url(u"http://127.0.0.1:%1"_s.arg(probe.serverPort()));
        probe.close(); // nothing listens there now
        const ApiResponse response = run(request(url));
        QCOMPARE(response.status, 0);
        QCOMPARE(response.error.kind, ErrorKind::Network);
        QVERIFY(!response.error.message.isEmpty());
    }

    void silentServerTimesOut()
    {
        ScriptedServer server;
        server.mode = ScriptedServer::Mode::Silent;
        ApiRequest r = request(server.url());
        r.timeoutMs = 500;
        const ApiResponse response = run(r);
        QCOMPARE(response.error.kind, ErrorKind::Network);
        QVERIFY2(response.error.message.contains(u"in time"_s), qPrintable(response.error.message));
    }

    void serverClosingEarly()
    {
        ScriptedServer server;
        server.mode = ScriptedServer::Mode::CloseEarly;
        const ApiResponse response = run(request(server.url()));
        QVERIFY(!response.isSuccess());
        QCOMPARE(response.error.kind, ErrorKind::Network);
    }

    void hugeBodyIsCutOff()
    {
        ScriptedServer server;
        server.mode = ScriptedServer::Mode::Huge;
        ApiRequest r = request(server.url());
        r.maximumResponseBytes = 2 * 1024 * 1024;
        r.timeoutMs = 20000;
        const ApiResponse response = run(r);
        QCOMPARE(response.error.kind, ErrorKind::Network);
        QVERIFY2(response.error.message.contains(u"larger than 2 MiB"_s),
                 qPrintable(response.error.message));
        QCOMPARE(response.body.size(), r.maximumResponseBytes);
    }

    void nonJsonErrorIsKeptAsIs()
    {
        ScriptedServer server;
        server.mode = ScriptedServer::Mode::Html;
        const ApiResponse response = run(request(server.url()));
        QVERIFY(!response.error.isError());
        QCOMPARE(response.status, 502);
        QVERIFY(!response.apiError);
        QCOMPARE(response.body, QByteArray("<html>bad gateway</html>"));
    }

    void tlsFailureIsNotIgnored()
    {
        // A plain-HTTP server behind an https:// URL: the handshake must fail, not downgrade.
        ScriptedServer server;
        QUrl url = server.url();
        url.setScheme(u"https"_s);
        const ApiResponse response = run(request(url));
        QCOMPARE(response.status, 0);
        QCOMPARE(response.error.kind, ErrorKind::Network);
        QVERIFY(server.lastRequest.isEmpty() || !server.lastRequest.contains("Authorization"));
    }

    void cancel()
    {
        ScriptedServer server;
        server.mode = ScriptedServer::Mode::Silent;
        ApiClient client;
        ApiCall *call = client.send(request(server.url()), secret());
        QSignalSpy spy(call, &ApiCall::finished);
        QTimer::singleShot(100, call, &ApiCall::cancel);
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.at(0).at(0).value<ApiResponse>().error.kind, ErrorKind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
