#include "requestfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

class Scanner
{
public:
    explicit Scanner(const QByteArray &data) : m_p(data.constData()), m_end(m_p + data.size()) { }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool atEnd() const { return m_p >= m_end; }
    char peek() const { return m_p < m_end ? *m_p : '\0'; }
    bool consume(char c)
    {
        skipSpace();
        if (peek() != c)
            return false;
        ++m_p;
        return true;
    }
    const char *position() const { return m_p; }

    // Leaves m_p after the closing quote; returns false on an unterminated string.
    bool skipString()
    {
        if (peek() != '"')
            return false;
        for (++m_p; m_p < m_end; ++m_p) {
            if (*m_p == '\\')
                ++m_p;
            else if (*m_p == '"') {
                ++m_p;
                return true;
            } else if (uchar(*m_p) < 0x20)
                return false;
        }
        return false;
    }

    bool skipValue()
    {
        skipSpace();
        const char c = peek();
        if (c == '"')
            return skipString();
        if (c == '{' || c == '[')
            return skipContainer();
        const char *start = m_p;
        while (m_p < m_end && *m_p != ',' && *m_p != '}' && *m_p != ']' && *m_p != ' '
               && *m_p != '\n' && *m_p != '\r' && *m_p != '\t')
            ++m_p;
        return m_p > start && isLiteral(start, m_p);
    }

private:
    static bool isLiteral(const char *b, const char *e)
    {
        const QByteArrayView v(b, e - b);
        if (v == "true" || v == "false" || v == "null")
            return true;
        for (const char *p = b; p < e; ++p) {
            if (!((*p >= '0' && *p <= '9') || *p == '-' || *p == '+' || *p == '.' || *p == 'e'
                  || *p == 'E'))
                return false;
        }
        return true;
    }

    // Brackets must balance and strings must close; finer syntax errors are left
    // to the provider, whose own error then reaches the client unchanged.
    bool skipContainer()
    {
        int depth = 0;
        while (m_p < m_end) {
            const char c = *m_p;
            if (c == '"') {
                if (!skipString())
                    return false;
                continue;
            }
            if (c == '{' || c == '[')
                ++depth;
            else if (c == '}' || c == ']') {
                if (--depth == 0) {
                    ++m_p;
                    return true;
                }
            }
            ++m_p;
        }
        return false;
    }

    const char *m_p;
    const char *m_end;
};

QString decodeJsonString(const char *b, const char *e)
{
    const QByteArrayView raw(b + 1, e - b - 2); // without the quotes
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw);
    const QByteArray wrapped = '[' + QByteArray(b, e - b) + ']';
    return QJsonDocument::fromJson(wrapped).array().at(0).toString();
}

} // namespace

std::optional<RequestFields> RequestFields::scan(const QByteArray &body)
{
    Scanner s(body);
    if (!s.consume('{'))
        return std::nullopt;
    RequestFields fields;
    s.skipSpace();
    if (s.peek() == '}') {
        s.consume('}');
    } else {
        for (;;) {
            s.skipSpace();
            const char *keyStart = s.position();
            if (!s.skipString())
                return std::nullopt;
            const QByteArrayView key(keyStart + 1, s.position() - keyStart - 2);
            if (!s.consume(':'))
                return std::nullopt;
            s.skipSpace();
            const char *valueStart = s.position();
            if (!s.skipValue())
                return std::nullopt;
            const QByteArrayView value(valueStart, s.position() - valueStart);
            if (key == "model" && value.startsWith('"')) {
                fields.model = decodeJsonString(valueStart, s.position());
            } else if (key == "stream") {
                fields.stream = value == "true";
            } else if (key == "stream_options") {
                fields.hasStreamOptions = true;
                const QJsonObject options = QJsonDocument::fromJson(value.toByteArray()).object();
                fields.includeUsage = options.value(QLatin1String("include_usage")).toBool();
            }
            if (s.consume(','))
                continue;
            if (s.consume('}'))
                break;
            return std::nullopt;
        }
    }
    s.skipSpace();
    if (!s.atEnd())
        return std::nullopt;
    return fields;
}
