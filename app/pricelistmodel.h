#pragma once

#include "modelprice.h"

#include <QAbstractListModel>
#include <QList>
#include <QLocale>
#include <QQmlEngine>
#include <QSet>

class PriceTable;

// The prices the proxy applies, one row per model, each with where it comes from: the table
// built into the app, the user's overrides file (hand edits, or a LiteLLM import), or the
// config's "prices" object, which takes precedence over both. Prices are US dollars per
// million tokens, formatted with the user's locale and every significant digit ("$0.0375").
// Rows are kept sorted by lower-cased name, and setLayers() patches them in place (rows
// inserted, removed or changed) unless most of the table changed, as after an import.
class PriceListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by PriceEditor")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum class Source { BuiltIn, Override, Imported, Config };
    Q_ENUM(Source)

    enum Role {
        NameRole = Qt::UserRole + 1,
        ProviderRole,
        SourceRole, // Source
        SourceTextRole, // "Built-in", "Override", "Imported", "Config"
        RemovableRole, // the overrides file holds it, so removing it is possible
        ReplacesBuiltInRole, // an override or config entry of a built-in model
        InputRole, // per million; NaN when absent (only the optional ones can be)
        CachedInputRole,
        CacheWriteRole,
        CacheWrite1hRole,
        OutputRole,
        ReasoningRole,
        InputTextRole, // "$2.50"; "—" when absent
        CachedInputTextRole,
        CacheWriteTextRole,
        CacheWrite1hTextRole,
        OutputTextRole,
        ReasoningTextRole,
    };
    Q_ENUM(Role)

    struct Row
    {
        QString key; // lower-cased name, the sort key
        ModelPrice price;
        QString provider;
        Source source = Source::BuiltIn;
        bool replacesBuiltIn = false;

        bool operator==(const Row &other) const
        {
            return key == other.key && price == other.price && provider == other.provider
                && source == other.source && replacesBuiltIn == other.replacesBuiltIn;
        }
    };

    explicit PriceListModel(QObject *parent = nullptr);

    // The effective table: built-in, then the overrides file on top, then the config's.
    // importedNames (lower-cased) are the overrides that came from a LiteLLM import.
    void setLayers(const PriceTable &builtIn, const PriceTable &overrides,
                   const QSet<QString> &importedNames, const PriceTable &config);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const Row *find(const QString &model) const; // case-insensitive; nullptr if none

    // "OpenAI" for gpt-4o, "groq" for groq/llama-3.3-70b; "" when not known.
    static QString providerOf(const QString &model);
    // Per-million prices with every significant digit and at least the cents: "$0.0375", "$10.00".
    static QString priceText(std::optional<double> perMillion, const QLocale &locale = QLocale());
    static QString sourceText(Source source);

Q_SIGNALS:
    void countChanged();

private:
    void patchRows(const QList<Row> &rows);

    QList<Row> m_rows;
};
