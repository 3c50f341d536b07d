#include "common/TrText.h"

#include "common/JsonText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tl::core {

namespace {

// "%1" … "%99" in `pattern` replaced by args[n − 1] in one pass; other '%' characters stay.
QString substitute(const QString& pattern, const QStringList& args)
{
    QString out;
    out.reserve(pattern.size() + 16 * args.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('%') && i + 1 < pattern.size() && pattern.at(i + 1).isDigit()) {
            qsizetype j = i + 1;
            int n = 0;
            while (j < pattern.size() && pattern.at(j).isDigit() && j - i <= 2)
                n = n * 10 + pattern.at(j++).digitValue();
            if (n >= 1 && n <= args.size()) {
                out += args.at(n - 1);
                i = j - 1;
                continue;
            }
        }
        out += c;
    }
    return out;
}

QString renderValue(const QJsonValue& value)
{
    if (!value.isObject())
        return value.toString();
    const QJsonObject o = value.toObject();
    QStringList args;
    for (const QJsonValue& a : o.value(QLatin1String("a")).toArray())
        args << renderValue(a);
    const QByteArray context = o.value(QLatin1String("c")).toString().toUtf8();
    const QByteArray source = o.value(QLatin1String("s")).toString().toUtf8();
    return substitute(QCoreApplication::translate(context.constData(), source.constData()), args);
}

} // namespace

TrText TrText::arg(const QString& text) const
{
    TrText copy = *this;
    copy.m_args.append({text, nullptr});
    return copy;
}

TrText TrText::arg(const TrText& sentence) const
{
    TrText copy = *this;
    copy.m_args.append({{}, std::make_shared<const TrText>(sentence)});
    return copy;
}

QString TrText::toString() const
{
    if (m_source.isEmpty())
        return {};
    QStringList args;
    args.reserve(m_args.size());
    for (const Arg& a : m_args)
        args << (a.sentence ? a.sentence->toString() : a.text);
    return substitute(QCoreApplication::translate(m_context.constData(), m_source.constData()), args);
}

void TrText::appendJson(QByteArray& out) const
{
    out.append("{\"c\":");
    appendJsonString(out, m_context);
    out.append(",\"s\":");
    appendJsonString(out, m_source);
    if (!m_args.isEmpty()) {
        out.append(",\"a\":[");
        for (qsizetype i = 0; i < m_args.size(); ++i) {
            if (i > 0)
                out.append(',');
            if (m_args.at(i).sentence)
                m_args.at(i).sentence->appendJson(out);
            else
                appendJsonString(out, m_args.at(i).text.toUtf8());
        }
        out.append(']');
    }
    out.append('}');
}

QString TrText::serialize() const
{
    if (m_source.isEmpty())
        return {};
    QByteArray out;
    out.reserve(64 + m_source.size());
    appendJson(out);
    return QString::fromUtf8(out);
}

QString TrText::render(const QString& stored)
{
    if (!stored.startsWith(QLatin1String("{\"c\":")))
        return stored;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(stored.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return stored;
    return renderValue(document.object());
}

} // namespace tl::core
