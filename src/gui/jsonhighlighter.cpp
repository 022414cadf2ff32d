#include "jsonhighlighter.h"

#include <QGuiApplication>
#include <QPalette>
#include <QRegularExpression>

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{ }

void JsonHighlighter::highlightBlock(const QString &text)
{
    // Long lines (a minified multi-megabyte body) are left plain: colouring them costs seconds.
    if (text.size() > 20000) {
        return;
    }
    const QPalette palette = QGuiApplication::palette();
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    QTextCharFormat key;
    // A palette's link colours are not always chosen for its base (many dark themes keep a dark
    // blue): keep them only when they stand out from the background.
    const auto readable = [&palette, dark](QPalette::ColorRole role, const QColor &fallback) {
        const QColor color = palette.color(role);
        return dark == (color.lightness() < 128) ? fallback : color;
    };
    key.setForeground(readable(QPalette::Link, QColor(0x8a, 0xb4, 0xf8)));
    key.setFontWeight(QFont::Bold);
    QTextCharFormat string;
    string.setForeground(dark ? QColor(0x9c, 0xdc, 0x8c) : QColor(0x1a, 0x7f, 0x37));
    QTextCharFormat number;
    number.setForeground(dark ? QColor(0xf0, 0xb0, 0x70) : QColor(0xa0, 0x50, 0x00));
    QTextCharFormat literal;
    literal.setForeground(readable(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9)));
    literal.setFontItalic(true);

    static const QRegularExpression token(QStringLiteral(
        R"(("(?:[^"\\]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b)"));
    for (auto it = token.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength(1) > 0) {
            setFormat(static_cast<int>(m.capturedStart(1)), static_cast<int>(m.capturedLength(1)),
                      m.capturedLength(2) > 0 ? key : string);
        } else if (m.capturedLength(3) > 0) {
            setFormat(static_cast<int>(m.capturedStart(3)), static_cast<int>(m.capturedLength(3)),
                      number);
        } else {
            setFormat(static_cast<int>(m.capturedStart(4)), static_cast<int>(m.capturedLength(4)),
                      literal);
        }
    }
}
