#pragma once

#include "modelprice.h"
#include "pricetable.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

// The user's price overrides file (beside config.json, LedgerPaths::priceOverridesFile()):
// read, changed and written back atomically (QSaveFile) by `llmledger prices import` and the
// Pricing page alike. Besides the "models" PriceTable reads, it remembers under "imported" the
// names a LiteLLM import wrote, so the window can tell imported prices from hand edits. A file
// that does not parse or holds an invalid price is never overwritten: load() fails and says
// why, and nothing is saved until the user has fixed it.
class PriceOverridesFile
{
public:
    struct ImportResult
    {
        int imported = 0;
        int skipped = 0; // LiteLLM entries without per-token prices
    };

    explicit PriceOverridesFile(QString path) : m_path(std::move(path)) { }

    QString path() const { return m_path; }

    // A missing file is an empty one. On failure *error starts with the file's path.
    bool load(QString *error);

    PriceTable table() const; // the file's prices, as the proxy reads them
    bool contains(const QString &model) const { return keyOf(model).has_value(); }
    bool isImported(const QString &model) const;

    void setPrice(const ModelPrice &price); // a hand edit: replaces any entry of that name
    void setImported(const QList<ModelPrice> &prices);
    bool remove(const QString &model); // false when the file has no such entry

    // Validates the whole document as PriceTable reads it, creates the folder, then
    // replaces the file in one step. Stamps "updated" with today's UTC date.
    bool save(QString *error);

    // Reads a LiteLLM model_prices_and_context_window.json and merges its prices into the
    // overrides file at overridesPath, keeping earlier hand edits of other models.
    static std::optional<ImportResult> importLiteLlm(const QString &litellmFile,
                                                     const QString &overridesPath, QString *error);

private:
    std::optional<QString> keyOf(const QString &model) const; // the name as spelled in the file
    void removeKey(const QString &model);
    void insert(const ModelPrice &price);

    QString m_path;
    QJsonObject m_models;
    QJsonObject m_document;
    QHash<QString, QStringList> m_keys; // lower-cased name -> the names spelled in m_models
    QSet<QString> m_imported; // lower-cased names
};
