#pragma once

#include <QSyntaxHighlighter>

// Colours JSON keys, strings, numbers and literals with colours taken from the palette, so a
// dark theme stays readable.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit JsonHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;
};
