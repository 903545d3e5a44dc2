#pragma once

#include "tokenusage.h"

#include <QByteArray>
#include <QMetaType>
#include <QTest>

// For data-driven tests with TokenUsage columns.
Q_DECLARE_METATYPE(TokenUsage)

// Lets QCOMPARE print both sides when two TokenUsage values differ.
namespace QTest {
template<>
inline char *toString(const TokenUsage &u)
{
    return qstrdup(QByteArray("TokenUsage{input " + QByteArray::number(u.inputTokens) + ", cached "
                              + QByteArray::number(u.cachedInputTokens) + ", cacheWrite "
                              + QByteArray::number(u.cacheWriteTokens) + ", cacheWrite1h "
                              + QByteArray::number(u.cacheWrite1hTokens) + ", output "
                              + QByteArray::number(u.outputTokens) + ", reasoning "
                              + QByteArray::number(u.reasoningTokens) + '}')
                       .constData());
}
} // namespace QTest

inline TokenUsage tokens(qint64 input, qint64 cached, qint64 cacheWrite, qint64 cacheWrite1h,
                         qint64 output, qint64 reasoning)
{
    TokenUsage u;
    u.inputTokens = input;
    u.cachedInputTokens = cached;
    u.cacheWriteTokens = cacheWrite;
    u.cacheWrite1hTokens = cacheWrite1h;
    u.outputTokens = output;
    u.reasoningTokens = reasoning;
    return u;
}
