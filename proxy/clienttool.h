#pragma once

#include <QByteArray>
#include <QString>

// Names the tool behind a request from its User-Agent (and the SDKs' own
// x-stainless-* hints), so reports can say "Claude Code" rather than a UA string.
class ClientTool
{
public:
    static QString recognise(const QByteArray &userAgent);
};
