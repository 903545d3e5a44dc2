#pragma once

#include "ledgerpaths.h"

#include <QStringList>
#include <QTextStream>

// The one-shot subcommands of `llmledger` (export, prices, keys, providers): each takes the
// arguments after its name, writes results to stdout and errors to stderr, and
// returns the process exit code (0 ok, 1 failure, 2 usage error).
class LedgerCommands
{
public:
    LedgerCommands(LedgerPaths paths, QTextStream &out, QTextStream &err);

    int run(const QString &command, const QStringList &arguments);
    static bool isCommand(const QString &name);

private:
    int exportCalls(const QStringList &arguments);
    int prices(const QStringList &arguments);
    int keys(const QStringList &arguments);
    int providers(const QStringList &arguments);
    int usageError(const QString &message);

    LedgerPaths m_paths;
    QTextStream &m_out;
    QTextStream &m_err;
};
