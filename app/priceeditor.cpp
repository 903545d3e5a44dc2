#include "priceeditor.h"

#include "ledgerformat.h"
#include "pricelistmodel.h"
#include "pricetable.h"
#include "proxyconfig.h"
#include "proxyruntime.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <limits>

namespace {

// The config's "prices" object as a table; an empty one when the config has none or
// cannot be read (the proxy then refuses to start and says why).
PriceTable configPrices(const LedgerPaths &paths, QString *error)
{
    const ConfigResult loaded = ConfigLoader::loadFile(paths.configFile);
    if (!loaded.config) {
        *error = loaded.error;
        return {};
    }
    PriceTable table;
    if (loaded.config->priceOverridesJson.isEmpty())
        return table;
    const QJsonObject models = QJsonDocument::fromJson(loaded.config->priceOverridesJson).object();
    QString why;
    if (!table.loadJson(QJsonDocument(QJsonObject{{QLatin1String("models"), models}}).toJson(),
                        &why)) {
        *error = paths.configFile + QLatin1String(": prices: ") + why;
        return {};
    }
    return table;
}

QString editText(std::optional<double> perMillion)
{
    return perMillion ? QLocale().toString(*perMillion, 'f', QLocale::FloatingPointShortest)
                      : QString();
}

// A price field: NaN when left empty, else the number in the locale's notation or in C's.
// A non-empty *error when the text is not a non-negative number.
double parsePrice(const QString &text, const QString &field, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::numeric_limits<double>::quiet_NaN();
    bool ok = false;
    double value = QLocale().toDouble(trimmed, &ok);
    if (!ok)
        value = QLocale::c().toDouble(trimmed, &ok);
    if (!ok || !std::isfinite(value))
        *error = PriceEditor::tr("%1: “%2” is not a number").arg(field, trimmed);
    else if (value < 0)
        *error = PriceEditor::tr("%1: a price cannot be negative").arg(field);
    return value;
}

std::optional<double> present(double value)
{
    return std::isnan(value) ? std::nullopt : std::optional<double>(value);
}

} // namespace

PriceEditor::PriceEditor(LedgerPaths paths, QObject *parent)
    : QObject(parent), m_paths(std::move(paths)), m_model(new PriceListModel(this))
{
    reload();
}

PriceEditor::~PriceEditor()
{
    m_pending.waitForFinished();
}

void PriceEditor::setErrorString(const QString &error)
{
    if (m_errorString == error)
        return;
    m_errorString = error;
    Q_EMIT errorStringChanged();
}

void PriceEditor::setMessage(const QString &message)
{
    if (m_message == message)
        return;
    m_message = message;
    Q_EMIT messageChanged();
}

void PriceEditor::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void PriceEditor::reload()
{
    QStringList errors;
    QString error;
    PriceOverridesFile overrides(m_paths.priceOverridesFile());
    if (!overrides.load(&error))
        errors << error;
    QSet<QString> imported;
    const PriceTable table = overrides.table();
    const QList<ModelPrice> prices = table.all();
    for (const ModelPrice &price : prices) {
        if (overrides.isImported(price.model))
            imported.insert(price.model.toLower());
    }
    error.clear();
    const PriceTable config = configPrices(m_paths, &error);
    if (!error.isEmpty())
        errors << error;
    m_model->setLayers(PriceTable::builtIn(), table, imported, config);
    setErrorString(errors.join(u'\n'));
}

QVariantMap PriceEditor::draft(const QString &model) const
{
    const PriceListModel::Row *row = m_model->find(model);
    if (!row)
        return {{QStringLiteral("name"), model.trimmed()}};
    const ModelPrice &p = row->price;
    return {
        {QStringLiteral("name"), p.model},
        {QStringLiteral("input"), editText(p.inputPerM)},
        {QStringLiteral("cachedInput"), editText(p.cachedInputPerM)},
        {QStringLiteral("cacheWrite"), editText(p.cacheWritePerM)},
        {QStringLiteral("cacheWrite1h"), editText(p.cacheWrite1hPerM)},
        {QStringLiteral("output"), editText(p.outputPerM)},
        {QStringLiteral("reasoning"), editText(p.reasoningPerM)},
    };
}

bool PriceEditor::loadOverrides(PriceOverridesFile *file, QString *error) const
{
    if (m_busy) {
        *error = tr("Wait until the running import or re-pricing has finished");
        return false;
    }
    return file->load(error);
}

QString PriceEditor::writeOverrides(PriceOverridesFile &file, const QString &done)
{
    QString error;
    if (!file.save(&error))
        return error;
    reload();
    setMessage(done);
    Q_EMIT pricesChanged();
    return {};
}

QString PriceEditor::savePrice(const QString &name, const QString &input,
                               const QString &cachedInput, const QString &cacheWrite,
                               const QString &cacheWrite1h, const QString &output,
                               const QString &reasoning)
{
    ModelPrice price;
    price.model = name.trimmed();
    if (price.model.isEmpty())
        return tr("Enter the model's name, as clients send it (e.g. gpt-4o)");
    QString error;
    const double inputPerM = parsePrice(input, tr("Input"), &error);
    const double outputPerM = parsePrice(output, tr("Output"), &error);
    price.cachedInputPerM = present(parsePrice(cachedInput, tr("Cached input"), &error));
    price.cacheWritePerM = present(parsePrice(cacheWrite, tr("Cache write"), &error));
    price.cacheWrite1hPerM = present(parsePrice(cacheWrite1h, tr("Cache write (1 h)"), &error));
    price.reasoningPerM = present(parsePrice(reasoning, tr("Reasoning"), &error));
    if (!error.isEmpty())
        return error;
    if (std::isnan(inputPerM) || std::isnan(outputPerM))
        return tr("Input and output prices are required (dollars per million tokens)");
    price.inputPerM = inputPerM;
    price.outputPerM = outputPerM;

    const PriceListModel::Row *row = m_model->find(price.model);
    if (row && row->source == PriceListModel::Source::Config)
        return tr("%1 is priced in %2 (“prices”), which takes precedence over the price list: "
                  "change it there")
            .arg(row->price.model, m_paths.configFile);

    PriceOverridesFile file(m_paths.priceOverridesFile());
    if (!loadOverrides(&file, &error))
        return error;
    file.setPrice(price);
    return writeOverrides(file, tr("Saved the price of %1").arg(price.model));
}

QString PriceEditor::removeOverride(const QString &model)
{
    QString error;
    PriceOverridesFile file(m_paths.priceOverridesFile());
    if (!loadOverrides(&file, &error))
        return error;
    if (!file.remove(model))
        return tr("%1 has no entry in %2").arg(model, file.path());
    // Removing an override of a built-in model brings the built-in price back.
    const PriceListModel::Row *row = m_model->find(model);
    const bool fallsBack = row && row->replacesBuiltIn;
    return writeOverrides(
        file,
        fallsBack ? tr("Removed the override of %1: the built-in price applies again").arg(model)
                  : tr("Removed %1 from the price list").arg(model));
}

void PriceEditor::importLiteLlm(const QUrl &file)
{
    if (m_busy)
        return setErrorString(tr("Wait until the running import or re-pricing has finished"));
    if (!file.isLocalFile())
        return setErrorString(tr("Choose a local file to import (got %1)").arg(file.toString()));
    setBusy(true);
    setMessage(tr("Importing %1…").arg(file.toLocalFile()));
    const QString path = file.toLocalFile();
    const QString overrides = m_paths.priceOverridesFile();
    struct Outcome
    {
        std::optional<PriceOverridesFile::ImportResult> result;
        QString error;
    };
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const Outcome outcome = watcher->result();
        setBusy(false);
        reload();
        if (!outcome.result) {
            setMessage({});
            return setErrorString(tr("The import failed: %1").arg(outcome.error));
        }
        setMessage(
            tr("Imported %n model price(s) from %1", nullptr, outcome.result->imported).arg(path)
            + QLatin1Char(' ')
            + tr("(%n entry(s) without per-token prices skipped)", nullptr,
                 outcome.result->skipped));
        Q_EMIT pricesChanged();
    });
    QFuture<Outcome> future = QtConcurrent::run([path, overrides] {
        Outcome outcome;
        outcome.result = PriceOverridesFile::importLiteLlm(path, overrides, &outcome.error);
        return outcome;
    });
    m_pending = QFuture<void>(future);
    watcher->setFuture(future);
}

void PriceEditor::repriceAllCalls()
{
    const TimeRange all;
    repriceCalls(all.fromMs, all.toMs);
}

void PriceEditor::repriceCalls(qint64 fromMs, qint64 toMs)
{
    if (m_busy)
        return setErrorString(tr("Wait until the running import or re-pricing has finished"));
    setBusy(true);
    setMessage(tr("Re-pricing stored calls…"));
    struct Outcome
    {
        std::optional<CallRepricer::Result> result;
        QString error;
    };
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Outcome outcome = watcher->result();
        setBusy(false);
        if (!outcome.result) {
            setMessage({});
            return setErrorString(tr("Re-pricing failed: %1").arg(outcome.error));
        }
        const CallRepricer::Result &r = *outcome.result;
        setMessage(tr("Re-priced %1 of %2 calls: %3 → %4; calls without a price: %5 → %6")
                       .arg(QLocale().toString(r.changed), QLocale().toString(r.examined),
                            LedgerFormat::usd(r.costBefore), LedgerFormat::usd(r.costAfter),
                            QLocale().toString(r.unpricedBefore),
                            QLocale().toString(r.unpricedAfter)));
        if (r.changed > 0)
            Q_EMIT callsRepriced();
    });
    const LedgerPaths paths = m_paths;
    const TimeRange range{fromMs, toMs};
    QFuture<Outcome> future = QtConcurrent::run([paths, range] {
        Outcome outcome;
        const ConfigResult config = ConfigLoader::loadFile(paths.configFile);
        if (!config.config) {
            outcome.error = config.error;
            return outcome;
        }
        // The prices the proxy itself would load, so the stored costs match new calls'.
        const auto prices = ProxyRuntime::loadPrices(paths, *config.config, &outcome.error);
        if (prices)
            outcome.result
                = CallRepricer::reprice(paths.databaseFile(), *prices, range, &outcome.error);
        return outcome;
    });
    m_pending = QFuture<void>(future);
    watcher->setFuture(future);
}
