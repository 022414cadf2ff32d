#include "terminal.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Terminal", text);
}

struct termios s_savedTerminal;
volatile sig_atomic_t s_echoOff = 0;

void restoreAndExit(int signal)
{
    if (s_echoOff) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &s_savedTerminal);
    }
    ::_exit(128 + signal);
}

// Turns echo off for its lifetime, and back on even if the user presses Ctrl+C.
class NoEcho
{
public:
    NoEcho()
    {
        if (::tcgetattr(STDIN_FILENO, &s_savedTerminal) != 0) {
            return;
        }
        struct termios quiet = s_savedTerminal;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        quiet.c_lflag |= ECHONL;
        m_oldInt = std::signal(SIGINT, restoreAndExit);
        m_oldTerm = std::signal(SIGTERM, restoreAndExit);
        if (::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0) {
            s_echoOff = 1;
        }
    }
    ~NoEcho()
    {
        if (s_echoOff) {
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &s_savedTerminal);
            s_echoOff = 0;
        }
        std::signal(SIGINT, m_oldInt);
        std::signal(SIGTERM, m_oldTerm);
    }
    NoEcho(const NoEcho &) = delete;
    NoEcho &operator=(const NoEcho &) = delete;

private:
    void (*m_oldInt)(int) = SIG_DFL;
    void (*m_oldTerm)(int) = SIG_DFL;
};

// Reads up to maxBytes (and one more, to tell "too long") from standard input, until newline
// when `line` is set, else to the end.
QByteArray readStdin(qsizetype maxBytes, bool line, bool *tooLong)
{
    QByteArray buffer;
    buffer.reserve(maxBytes + 2);
    *tooLong = false;
    char c = 0;
    while (::read(STDIN_FILENO, &c, 1) == 1) {
        if (line && c == '\n') {
            break;
        }
        if (buffer.size() > maxBytes) {
            *tooLong = true;
            continue; // keep draining, so the rest does not reach a shell
        }
        buffer.append(c);
    }
    c = 0;
    return buffer;
}

} // namespace

namespace Terminal {

bool stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

Secret readSecret(const QString &prompt, qsizetype maxBytes, QString *error)
{
    bool tooLong = false;
    QByteArray bytes;
    if (stdinIsTerminal()) {
        // Echo goes off before the prompt shows: a secret typed or pasted the moment the prompt
        // appears must not be echoed.
        NoEcho quiet;
        printErr(prompt);
        bytes = readStdin(maxBytes, true, &tooLong);
    } else {
        bytes = readStdin(maxBytes, false, &tooLong);
    }
    if (tooLong) {
        wipeBytes(bytes);
        *error = tr("The secret key is longer than %1 characters: check that you pasted only the "
                    "secret.")
                     .arg(maxBytes);
        return {};
    }
    QByteArray trimmed = bytes.trimmed();
    wipeBytes(bytes);
    return Secret::adopt(trimmed);
}

bool confirm(const QString &question)
{
    printErr(question + tr(" [y/N] "));
    bool tooLong = false;
    const QByteArray answer = readStdin(16, true, &tooLong).trimmed().toLower();
    return !tooLong && (answer == "y" || answer == "yes");
}

void printOut(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace Terminal
