#include "ledgercommands.h"

#include "callqueries.h"
#include "callrepricer.h"
#include "csvexporter.h"
#include "keychainsecretstore.h"
#include "priceoverridesfile.h"
#include "pricetable.h"
#include "proxyconfig.h"
#include "proxyruntime.h"
#include "responsecachestore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QSaveFile>

#include <algorithm>

namespace {

std::optional<qint64> parseTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        return std::nullopt;
    // Without an offset ("Z", "+02:00") a time is UTC, as --help says, and a bare
    // date is that UTC day.
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toMSecsSinceEpoch();
}

std::optional<GroupBy> groupByFromName(const QString &name)
{
    if (name == QLatin1String("day"))
        return GroupBy::Day;
    if (name == QLatin1String("model"))
        return GroupBy::Model;
    if (name == QLatin1String("provider"))
        return GroupBy::Provider;
    if (name == QLatin1String("key"))
        return GroupBy::Key;
    return std::nullopt;
}

} // namespace

LedgerCommands::LedgerCommands(LedgerPaths paths, QTextStream &out, QTextStream &err)
    : m_paths(std::move(paths)), m_out(out), m_err(err)
{ }

bool LedgerCommands::isCommand(const QString &name)
{
    return name == QLatin1String("export") || name == QLatin1String("prices")
        || name == QLatin1String("keys") || name == QLatin1String("providers")
        || name == QLatin1String("cache");
}

int LedgerCommands::run(const QString &command, const QStringList &arguments)
{
    if (command == QLatin1String("export"))
        return exportCalls(arguments);
    if (command == QLatin1String("prices"))
        return prices(arguments);
    if (command == QLatin1String("keys"))
        return keys(arguments);
    if (command == QLatin1String("providers"))
        return providers(arguments);
    if (command == QLatin1String("cache"))
        return cache(arguments);
    return usageError(QStringLiteral("unknown command \"%1\"").arg(command));
}

bool LedgerCommands::readRange(const QCommandLineParser &parser, TimeRange *range)
{
    for (const auto &[option, target] : {std::pair{QStringLiteral("from"), &range->fromMs},
                                         std::pair{QStringLiteral("to"), &range->toMs}}) {
        if (!parser.isSet(option))
            continue;
        const auto ms = parseTime(parser.value(option));
        if (!ms) {
            usageError(
                QStringLiteral("--%1: not an ISO 8601 time: %2").arg(option, parser.value(option)));
            return false;
        }
        *target = *ms;
    }
    return true;
}

int LedgerCommands::reprice(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("from"), QStringLiteral("First instant, ISO 8601."),
         QStringLiteral("time")},
        {QStringLiteral("to"), QStringLiteral("End instant (exclusive), ISO 8601."),
         QStringLiteral("time")},
    });
    if (!parser.parse(QStringList{QStringLiteral("reprice")} + arguments))
        return usageError(parser.errorText());
    TimeRange range;
    if (!readRange(parser, &range))
        return 2;

    const ConfigResult config = ConfigLoader::loadFile(m_paths.configFile);
    if (!config.config)
        return m_err << "llmledger: " << config.error << Qt::endl, 1;
    QString error;
    const auto prices = ProxyRuntime::loadPrices(m_paths, *config.config, &error);
    if (!prices)
        return m_err << "llmledger: " << error << Qt::endl, 1;
    const auto result = CallRepricer::reprice(m_paths.databaseFile(), *prices, range, &error);
    if (!result)
        return m_err << "llmledger: reprice failed: " << error << Qt::endl, 1;
    m_out << "re-priced " << result->changed << " of " << result->examined << " calls: $"
          << QString::number(result->costBefore, 'f', 6) << " -> $"
          << QString::number(result->costAfter, 'f', 6)
          << "; calls without a price: " << result->unpricedBefore << " -> "
          << result->unpricedAfter << Qt::endl;
    return 0;
}

int LedgerCommands::usageError(const QString &message)
{
    m_err << "llmledger: " << message << Qt::endl;
    return 2;
}

int LedgerCommands::exportCalls(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Export recorded calls as CSV"));
    parser.addOptions({
        {QStringLiteral("csv"), QStringLiteral("CSV output (RFC 4180, UTF-8; the default).")},
        {QStringLiteral("from"),
         QStringLiteral("First instant, ISO 8601 (UTC unless an offset is given)."),
         QStringLiteral("time")},
        {QStringLiteral("to"), QStringLiteral("End instant (exclusive), ISO 8601."),
         QStringLiteral("time")},
        {QStringLiteral("output"), QStringLiteral("Write to this file instead of stdout."),
         QStringLiteral("file")},
        {QStringLiteral("group-by"), QStringLiteral("Aggregate by day, model, provider or key."),
         QStringLiteral("group")},
    });
    if (!parser.parse(QStringList{QStringLiteral("export")} + arguments))
        return usageError(parser.errorText());

    CallFilter filter;
    if (!readRange(parser, &filter.range))
        return 2;

    QFile stdoutFile;
    QSaveFile outputFile(parser.value(QStringLiteral("output")));
    QIODevice *out = nullptr;
    if (parser.isSet(QStringLiteral("output"))) {
        if (!outputFile.open(QIODevice::WriteOnly))
            return m_err << "llmledger: " << outputFile.errorString() << Qt::endl, 1;
        out = &outputFile;
    } else if (m_out.device()) {
        m_out.flush();
        out = m_out.device();
    } else {
        m_out.flush();
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return m_err << "llmledger: cannot write to stdout" << Qt::endl, 1;
        out = &stdoutFile;
    }

    QString error;
    bool ok = false;
    if (parser.isSet(QStringLiteral("group-by"))) {
        const auto groupBy = groupByFromName(parser.value(QStringLiteral("group-by")));
        if (!groupBy)
            return usageError(QStringLiteral("--group-by takes day, model, provider or key"));
        ok = CsvExporter::exportGroups(m_paths.databaseFile(), filter.range, *groupBy, out, &error);
    } else {
        ok = CsvExporter::exportCalls(m_paths.databaseFile(), filter, out, &error);
    }
    if (ok && out == &outputFile)
        ok = outputFile.commit();
    if (!ok) {
        m_err << "llmledger: export failed: "
              << (error.isEmpty() ? outputFile.errorString() : error) << Qt::endl;
        return 1;
    }
    return 0;
}

int LedgerCommands::prices(const QStringList &arguments)
{
    if (arguments.value(0) == QLatin1String("reprice"))
        return reprice(arguments.mid(1));
    if (arguments.size() != 2 || arguments.first() != QLatin1String("import"))
        return usageError(QStringLiteral("usage: llmledger prices import FILE "
                                         "(a LiteLLM model_prices_and_context_window.json) | "
                                         "llmledger prices reprice [--from ISO] [--to ISO]"));
    QString error;
    const auto imported
        = PriceOverridesFile::importLiteLlm(arguments.at(1), m_paths.priceOverridesFile(), &error);
    if (!imported)
        return m_err << "llmledger: " << error << Qt::endl, 1;
    m_out << "imported " << imported->imported << " model prices (" << imported->skipped
          << " entries without per-token prices skipped) into " << m_paths.priceOverridesFile()
          << Qt::endl;
    return 0;
}

int LedgerCommands::keys(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    const QString usage
        = QStringLiteral("usage: llmledger keys list | llmledger keys label KEY_ID LABEL | "
                         "llmledger keys disable KEY_ID | llmledger keys enable KEY_ID | "
                         "llmledger keys budget KEY_ID USD|none");
    const bool known = (sub == QLatin1String("list") && arguments.size() == 1)
        || ((sub == QLatin1String("label") || sub == QLatin1String("budget"))
            && arguments.size() == 3)
        || ((sub == QLatin1String("disable") || sub == QLatin1String("enable"))
            && arguments.size() == 2);
    if (!known)
        return usageError(usage);
    std::optional<double> budget;
    if (sub == QLatin1String("budget") && arguments.at(2) != QLatin1String("none")) {
        bool ok = false;
        budget = arguments.at(2).toDouble(&ok);
        if (!ok || !qIsFinite(*budget) || *budget < 0)
            return usageError(QStringLiteral("the budget must be a number of US dollars of at "
                                             "least 0, or \"none\"; ")
                              + usage);
    }
    QString error;
    auto queries = CallQueries::open(m_paths.databaseFile(), &error);
    if (!queries)
        return m_err << "llmledger: " << error << Qt::endl, 1;
    const auto keys = queries->clientKeys();
    if (!queries->lastError().isEmpty())
        return m_err << "llmledger: " << queries->lastError() << Qt::endl, 1;
    if (sub == QLatin1String("list")) {
        m_out << "key id\tlabel\thint\tlast used (UTC)\tstatus\tbudget per month (USD)" << Qt::endl;
        for (const ClientKey &key : keys) {
            m_out << key.keyId << '\t' << key.label << '\t' << key.hint << '\t'
                  << QDateTime::fromMSecsSinceEpoch(key.lastSeenMs, Qt::UTC).toString(Qt::ISODate)
                  << '\t' << (key.disabled ? "disabled" : "enabled") << '\t'
                  << (key.hasBudget() ? QString::number(key.budgetUsdMonth, 'f', 2) : QString())
                  << Qt::endl;
        }
        return 0;
    }
    const QString keyId = arguments.at(1);
    bool ok = false;
    if (sub == QLatin1String("label")) {
        ok = queries->setKeyLabel(keyId, arguments.at(2));
    } else {
        // A mistyped id would otherwise store settings for a key that never calls.
        if (std::none_of(keys.cbegin(), keys.cend(),
                         [&keyId](const ClientKey &key) { return key.keyId == keyId; }))
            return m_err << "llmledger: no client key \"" << keyId
                         << "\" in the ledger (see llmledger keys list)" << Qt::endl,
                   1;
        ok = sub == QLatin1String("budget")
            ? queries->setKeyBudget(keyId, budget)
            : queries->setKeyDisabled(keyId, sub == QLatin1String("disable"));
    }
    if (!ok)
        return m_err << "llmledger: " << queries->lastError() << Qt::endl, 1;
    if (sub == QLatin1String("disable") || sub == QLatin1String("enable"))
        m_out << "key " << keyId << (sub == QLatin1String("disable") ? " disabled" : " enabled")
              << "; a proxy already running applies it when it reloads its configuration or "
                 "restarts"
              << Qt::endl;
    return 0;
}

int LedgerCommands::providers(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    const ConfigResult loaded = ConfigLoader::loadFile(m_paths.configFile);
    if (!loaded.config)
        return m_err << "llmledger: " << loaded.error << Qt::endl, 1;

    if (sub == QLatin1String("list") && arguments.size() == 1) {
        m_out << "id\tkind\tbase url\tmodels\tapi key" << Qt::endl;
        for (const ProviderConfig &p : loaded.config->providers) {
            QString key = QStringLiteral("client's own");
            if (p.keySource == ProviderConfig::KeySource::Keychain)
                key = QLatin1String("keychain: ") + p.keyName;
            else if (p.keySource == ProviderConfig::KeySource::Environment)
                key = QLatin1String("env: ") + p.keyName;
            else if (p.keySource == ProviderConfig::KeySource::None)
                key = QStringLiteral("none");
            m_out << p.id << '\t' << (p.kind == WireFormat::Anthropic ? "anthropic" : "openai")
                  << '\t' << p.baseUrl.toString() << '\t' << p.models.join(u',') << '\t' << key
                  << Qt::endl;
        }
        return 0;
    }

    const bool set = sub == QLatin1String("set-key");
    if ((!set && sub != QLatin1String("delete-key")) || arguments.size() != 2)
        return usageError(QStringLiteral("usage: llmledger providers list | providers set-key NAME "
                                         "(reads the key from stdin) | providers delete-key NAME"));
    if (!KeychainSecretStore::plausiblyAvailable())
        return m_err << "llmledger: no OS keychain is available here (no D-Bus session); "
                        "use \"api_key\": {\"env\": \"VARIABLE\"} in the config instead"
                     << Qt::endl,
               1;

    const QString entry = QLatin1String("provider/") + arguments.at(1);
    KeychainSecretStore store(QStringLiteral("LLM Ledger"));
    // A one-shot command: waiting here for the keychain's answer blocks nothing else.
    QEventLoop loop;
    bool finished = false;
    bool ok = false;
    QString error;
    auto done = [&](bool success, const QString &why) {
        finished = true;
        ok = success;
        error = why;
        loop.quit();
    };
    if (set) {
        QTextStream in(stdin);
        const QByteArray key = in.readLine().trimmed().toUtf8();
        if (key.isEmpty())
            return usageError(QStringLiteral("no key on stdin"));
        store.write(entry, key, done);
    } else {
        store.remove(entry, done);
    }
    if (!finished)
        loop.exec();
    if (!ok)
        return m_err << "llmledger: the OS keychain refused: " << error << Qt::endl, 1;
    m_out << (set ? "stored the key for " : "deleted the key for ") << arguments.at(1)
          << " in the OS keychain" << Qt::endl;
    return 0;
}

int LedgerCommands::cache(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (arguments.size() != 1 || (sub != QLatin1String("stats") && sub != QLatin1String("clear")))
        return usageError(QStringLiteral("usage: llmledger cache stats | cache clear"));
    const QString file = ProxyRuntime::cacheFile(m_paths);
    ResponseCacheStore store;
    QString error;
    if (QFile::exists(file) && !store.open(file, &error))
        return m_err << "llmledger: cannot open " << file << ": " << error << Qt::endl, 1;
    const ResponseCacheStore::Stats stats = store.stats();
    if (sub == QLatin1String("clear")) {
        store.clear();
        store.close(); // writes the deletion
        m_out << "deleted " << stats.entries << " cached answers (" << stats.bytes << " bytes)"
              << Qt::endl;
        return 0;
    }
    m_out << "entries\t" << stats.entries << "\nbytes\t" << stats.bytes << "\nfile\t" << file
          << Qt::endl;
    return 0;
}
