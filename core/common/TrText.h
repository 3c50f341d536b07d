#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace tl::core {

// A sentence translated when it is read, not when it is made: its context and source text (with %1, %2 …
// placeholders, as marked for lupdate with QT_TRANSLATE_NOOP) and its arguments, plain text or other
// sentences. The payroll stores its line explanations this way, so that a payslip reads in the language of
// whoever looks at it, not of the process that calculated it.
//
// serialize() gives compact JSON ({"c":context,"s":source,"a":[text or sentence…]}); render() turns that
// back into translated text with the translators installed now, and returns any other text unchanged
// (explanations stored before, or written by hand). Placeholders are replaced in one pass, so an argument
// that itself contains "%1" is left as it is.
class TrText
{
public:
    TrText() = default;
    TrText(const char* context, const char* source) : m_context(context), m_source(source) {}

    TrText arg(const QString& text) const;
    TrText arg(const TrText& sentence) const;
    template <typename A, typename B, typename... Rest>
    TrText arg(const A& first, const B& second, const Rest&... rest) const
    {
        return arg(first).arg(second, rest...);
    }

    bool isEmpty() const { return m_source.isEmpty(); }
    QString toString() const;
    QString serialize() const;
    static QString render(const QString& stored);

private:
    struct Arg
    {
        QString text;
        std::shared_ptr<const TrText> sentence; // set: a nested sentence, else `text`
    };
    void appendJson(QByteArray& out) const;
    QByteArray m_context;
    QByteArray m_source;
    QList<Arg> m_args;
};

} // namespace tl::core
