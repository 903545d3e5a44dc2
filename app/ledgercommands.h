#pragma once

#include "callfilter.h"
#include "ledgerpaths.h"

#include <QStringList>
#include <QTextStream>

class QCommandLineParser;

// The one-shot subcommands of `llmledger` (export, prices, keys, providers, cache): each takes the
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
    int cache(const QStringList &arguments);
    int reprice(const QStringList &arguments);
    bool readRange(const QCommandLineParser &parser, TimeRange *range);
    int usageError(const QString &message);

    LedgerPaths m_paths;
    QTextStream &m_out;
    QTextStream &m_err;
};
