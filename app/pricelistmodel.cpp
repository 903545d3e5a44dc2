#include "pricelistmodel.h"

#include "pricetable.h"

#include <QLocale>

#include <algorithm>
#include <limits>

namespace {

// Families of model names and who makes them, for the names that carry no "provider/"
// prefix (the built-in table's). Longest prefixes first where one contains another.
struct Family
{
    const char *prefix;
    const char *provider;
};
constexpr Family families[] = {
    {"gpt-oss", "OpenAI"},
    {"gpt-", "OpenAI"},
    {"chatgpt", "OpenAI"},
    {"o1", "OpenAI"},
    {"o3", "OpenAI"},
    {"o4", "OpenAI"},
    {"codex", "OpenAI"},
    {"text-embedding", "OpenAI"},
    {"davinci", "OpenAI"},
    {"babbage", "OpenAI"},
    {"dall-e", "OpenAI"},
    {"whisper", "OpenAI"},
    {"claude", "Anthropic"},
    {"gemini", "Google"},
    {"gemma", "Google"},
    {"mistral", "Mistral"},
    {"open-mistral", "Mistral"},
    {"mixtral", "Mistral"},
    {"magistral", "Mistral"},
    {"codestral", "Mistral"},
    {"devstral", "Mistral"},
    {"ministral", "Mistral"},
    {"pixtral", "Mistral"},
    {"deepseek", "DeepSeek"},
    {"llama", "Meta"},
    {"qwen", "Alibaba"},
    {"kimi", "Moonshot"},
    {"grok", "xAI"},
    {"command", "Cohere"},
};

QVariant optionalNumber(std::optional<double> value)
{
    return value.value_or(std::numeric_limits<double>::quiet_NaN());
}

} // namespace

PriceListModel::PriceListModel(QObject *parent) : QAbstractListModel(parent) { }

QString PriceListModel::providerOf(const QString &model)
{
    const qsizetype slash = model.indexOf(u'/');
    if (slash > 0)
        return model.left(slash);
    QString name = model.toLower();
    // Bedrock spells "anthropic.claude-…" or "us.anthropic.claude-…".
    for (qsizetype dot = name.indexOf(u'.'); dot > 0; dot = name.indexOf(u'.')) {
        const QStringView head = QStringView(name).left(dot);
        if (!std::all_of(head.begin(), head.end(), [](QChar c) { return c.isLetter(); }))
            break;
        name.remove(0, dot + 1);
    }
    for (const Family &family : families) {
        if (name.startsWith(QLatin1String(family.prefix)))
            return QLatin1String(family.provider);
    }
    return {};
}

QString PriceListModel::priceText(std::optional<double> perMillion, const QLocale &locale)
{
    if (!perMillion)
        return QStringLiteral("—");
    // The shortest exact form tells how many decimals the price really has.
    const QString shortest = QString::number(*perMillion, 'f', QLocale::FloatingPointShortest);
    const qsizetype point = shortest.indexOf(u'.');
    const int decimals = point < 0 ? 0 : int(shortest.size() - point - 1);
    return QLatin1String("$") + locale.toString(*perMillion, 'f', std::clamp(decimals, 2, 9));
}

QString PriceListModel::sourceText(Source source)
{
    switch (source) {
    case Source::BuiltIn:
        return tr("Built-in");
    case Source::Override:
        return tr("Override");
    case Source::Imported:
        return tr("Imported");
    case Source::Config:
        return tr("Config");
    }
    return {};
}

void PriceListModel::setLayers(const PriceTable &builtIn, const PriceTable &overrides,
                               const QSet<QString> &importedNames, const PriceTable &config)
{
    // Keyed like PriceTable: names are case-insensitive, a later layer replaces an earlier one.
    QHash<QString, Row> byKey;
    const auto add = [&byKey](const PriceTable &layer, auto sourceOf) {
        const QList<ModelPrice> prices = layer.all();
        for (const ModelPrice &price : prices) {
            const QString key = price.model.toLower();
            Row &row = byKey[key];
            const bool wasBuiltIn
                = !row.key.isEmpty() && (row.source == Source::BuiltIn || row.replacesBuiltIn);
            row.key = key;
            row.price = price;
            row.provider = providerOf(price.model);
            row.source = sourceOf(key);
            row.replacesBuiltIn = wasBuiltIn && row.source != Source::BuiltIn;
        }
    };
    add(builtIn, [](const QString &) { return Source::BuiltIn; });
    add(overrides, [&importedNames](const QString &key) {
        return importedNames.contains(key) ? Source::Imported : Source::Override;
    });
    add(config, [](const QString &) { return Source::Config; });

    QList<Row> rows = byKey.values();
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.key < b.key; });
    patchRows(rows);
}

void PriceListModel::patchRows(const QList<Row> &rows)
{
    const int before = int(m_rows.size());
    // An import changes thousands of rows: one reset is cheaper than thousands of inserts.
    qsizetype moves = 0; // rows to insert or remove
    for (qsizetype i = 0, j = 0; i < m_rows.size() || j < rows.size();) {
        const bool removed
            = j == rows.size() || (i < m_rows.size() && m_rows.at(i).key < rows.at(j).key);
        const bool inserted = !removed && (i == m_rows.size() || rows.at(j).key < m_rows.at(i).key);
        i += inserted ? 0 : 1;
        j += removed ? 0 : 1;
        moves += removed || inserted ? 1 : 0;
    }
    if (m_rows.isEmpty() || moves > 64) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else {
        // Both lists are sorted by key: walk them together.
        int i = 0;
        qsizetype j = 0;
        while (j < rows.size() || i < m_rows.size()) {
            if (j == rows.size() || (i < m_rows.size() && m_rows.at(i).key < rows.at(j).key)) {
                beginRemoveRows({}, i, i);
                m_rows.removeAt(i);
                endRemoveRows();
            } else if (i == m_rows.size() || rows.at(j).key < m_rows.at(i).key) {
                beginInsertRows({}, i, i);
                m_rows.insert(i, rows.at(j));
                endInsertRows();
                ++i;
                ++j;
            } else {
                if (!(m_rows.at(i) == rows.at(j))) {
                    m_rows[i] = rows.at(j);
                    Q_EMIT dataChanged(index(i), index(i));
                }
                ++i;
                ++j;
            }
        }
    }
    if (m_rows.size() != before)
        Q_EMIT countChanged();
}

const PriceListModel::Row *PriceListModel::find(const QString &model) const
{
    const QString key = model.trimmed().toLower();
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), key,
                                     [](const Row &row, const QString &k) { return row.key < k; });
    return it != m_rows.cend() && it->key == key ? &*it : nullptr;
}

int PriceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PriceListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows.at(index.row());
    const ModelPrice &p = row.price;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return p.model;
    case ProviderRole:
        return row.provider;
    case SourceRole:
        return QVariant::fromValue(row.source);
    case SourceTextRole:
        return sourceText(row.source);
    case RemovableRole:
        return row.source == Source::Override || row.source == Source::Imported;
    case ReplacesBuiltInRole:
        return row.replacesBuiltIn;
    case InputRole:
        return p.inputPerM;
    case CachedInputRole:
        return optionalNumber(p.cachedInputPerM);
    case CacheWriteRole:
        return optionalNumber(p.cacheWritePerM);
    case CacheWrite1hRole:
        return optionalNumber(p.cacheWrite1hPerM);
    case OutputRole:
        return p.outputPerM;
    case ReasoningRole:
        return optionalNumber(p.reasoningPerM);
    case InputTextRole:
        return priceText(p.inputPerM);
    case CachedInputTextRole:
        return priceText(p.cachedInputPerM);
    case CacheWriteTextRole:
        return priceText(p.cacheWritePerM);
    case CacheWrite1hTextRole:
        return priceText(p.cacheWrite1hPerM);
    case OutputTextRole:
        return priceText(p.outputPerM);
    case ReasoningTextRole:
        return priceText(p.reasoningPerM);
    default:
        return {};
    }
}

QHash<int, QByteArray> PriceListModel::roleNames() const
{
    return {
        {NameRole, "name"},
        {ProviderRole, "provider"},
        {SourceRole, "source"},
        {SourceTextRole, "sourceText"},
        {RemovableRole, "removable"},
        {ReplacesBuiltInRole, "replacesBuiltIn"},
        {InputRole, "input"},
        {CachedInputRole, "cachedInput"},
        {CacheWriteRole, "cacheWrite"},
        {CacheWrite1hRole, "cacheWrite1h"},
        {OutputRole, "output"},
        {ReasoningRole, "reasoning"},
        {InputTextRole, "inputText"},
        {CachedInputTextRole, "cachedInputText"},
        {CacheWriteTextRole, "cacheWriteText"},
        {CacheWrite1hTextRole, "cacheWrite1hText"},
        {OutputTextRole, "outputText"},
        {ReasoningTextRole, "reasoningText"},
    };
}
