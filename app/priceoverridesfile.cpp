#include "priceoverridesfile.h"

#include "litellmimporter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

namespace {

const QLatin1String modelsKey("models");
const QLatin1String importedKey("imported");

} // namespace

bool PriceOverridesFile::load(QString *error)
{
    m_document = {};
    m_models = {};
    m_keys.clear();
    m_imported.clear();
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = m_path + QLatin1String(": ") + file.errorString();
        return false;
    }
    const QByteArray json = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = m_path + QLatin1String(": invalid JSON (") + parseError.errorString()
            + QLatin1String("); fix or remove it first, it was left unchanged");
        return false;
    }
    QString why;
    PriceTable check;
    if (!check.loadJson(json, &why)) {
        *error = m_path + QLatin1String(": ") + why
            + QLatin1String("; fix or remove it first, it was left unchanged");
        return false;
    }
    m_document = document.object();
    m_models = m_document.value(modelsKey).toObject();
    for (auto it = m_models.constBegin(); it != m_models.constEnd(); ++it)
        m_keys[it.key().toLower()].append(it.key());
    const QJsonArray imported = m_document.value(importedKey).toArray();
    for (const QJsonValue &name : imported)
        m_imported.insert(name.toString().toLower());
    return true;
}

PriceTable PriceOverridesFile::table() const
{
    PriceTable table;
    QString ignored; // load() and save() only ever keep a valid document
    table.loadJson(QJsonDocument(QJsonObject{{modelsKey, m_models}}).toJson(), &ignored);
    return table;
}

bool PriceOverridesFile::isImported(const QString &model) const
{
    return m_imported.contains(model.toLower()) && contains(model);
}

std::optional<QString> PriceOverridesFile::keyOf(const QString &model) const
{
    const QStringList keys = m_keys.value(model.toLower());
    return keys.isEmpty() ? std::nullopt : std::optional<QString>(keys.first());
}

void PriceOverridesFile::removeKey(const QString &model)
{
    // PriceTable names are case-insensitive: never leave "GPT-4o" beside "gpt-4o".
    const QStringList keys = m_keys.take(model.toLower());
    for (const QString &key : keys)
        m_models.remove(key);
}

void PriceOverridesFile::insert(const ModelPrice &price)
{
    removeKey(price.model);
    m_models.insert(price.model, price.toJsonObject());
    m_keys.insert(price.model.toLower(), {price.model});
}

void PriceOverridesFile::setPrice(const ModelPrice &price)
{
    insert(price);
    m_imported.remove(price.model.toLower());
}

void PriceOverridesFile::setImported(const QList<ModelPrice> &prices)
{
    for (const ModelPrice &price : prices) {
        insert(price);
        m_imported.insert(price.model.toLower());
    }
}

bool PriceOverridesFile::remove(const QString &model)
{
    if (!contains(model))
        return false;
    removeKey(model);
    m_imported.remove(model.toLower());
    return true;
}

bool PriceOverridesFile::save(QString *error)
{
    QJsonObject document = m_document;
    document.insert(modelsKey, m_models);
    QStringList imported;
    for (auto it = m_models.constBegin(); it != m_models.constEnd(); ++it) {
        if (m_imported.contains(it.key().toLower()))
            imported << it.key();
    }
    if (imported.isEmpty())
        document.remove(importedKey);
    else
        document.insert(importedKey, QJsonArray::fromStringList(imported));
    document.insert(QLatin1String("updated"),
                    QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd")));

    const QByteArray json = QJsonDocument(document).toJson();
    QString why;
    PriceTable check;
    if (!check.loadJson(json, &why)) {
        *error = QLatin1String("the prices are invalid: ") + why;
        return false;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly) || out.write(json) < 0 || !out.commit()) {
        *error = m_path + QLatin1String(": ") + out.errorString();
        return false;
    }
    m_document = document;
    return true;
}

std::optional<PriceOverridesFile::ImportResult>
PriceOverridesFile::importLiteLlm(const QString &litellmFile, const QString &overridesPath,
                                  QString *error)
{
    QFile file(litellmFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = litellmFile + QLatin1String(": ") + file.errorString();
        return std::nullopt;
    }
    QString why;
    ImportResult result;
    const auto imported = LiteLlmImporter::parse(file.readAll(), &why, &result.skipped);
    if (!imported) {
        *error = litellmFile + QLatin1String(": ") + why;
        return std::nullopt;
    }
    // Merge into the existing overrides so earlier hand edits of other models survive.
    PriceOverridesFile overrides(overridesPath);
    if (!overrides.load(error))
        return std::nullopt;
    overrides.setImported(*imported);
    if (!overrides.save(error))
        return std::nullopt;
    result.imported = int(imported->size());
    return result;
}
