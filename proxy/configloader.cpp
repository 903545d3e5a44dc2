#include "proxyconfig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace {

struct Reader
{
    QString error;

    bool fail(const QString &field, const QString &message)
    {
        if (error.isEmpty())
            error = field % QLatin1String(": ") % message;
        return false;
    }
};

const QSet<QString> &knownTopLevelKeys()
{
    static const QSet<QString> keys = {
        QStringLiteral("listen"),
        QStringLiteral("port"),
        QStringLiteral("providers"),
        QStringLiteral("record_bodies"),
        QStringLiteral("inject_stream_usage"),
        QStringLiteral("limits"),
        QStringLiteral("prices"),
        QStringLiteral("retention_days"),
        QStringLiteral("cache"),
        QStringLiteral("$schema"),
    };
    return keys;
}

bool readKeySource(Reader &r, const QString &field, const QJsonValue &value, ProviderConfig &p)
{
    if (value.isUndefined() || value == QLatin1String("client")) {
        p.keySource = ProviderConfig::KeySource::Client;
        return true;
    }
    if (value == QLatin1String("none")) {
        p.keySource = ProviderConfig::KeySource::None;
        return true;
    }
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        if (o.size() == 1 && o.value(QLatin1String("keychain")).isString()) {
            p.keySource = ProviderConfig::KeySource::Keychain;
            p.keyName = o.value(QLatin1String("keychain")).toString();
        } else if (o.size() == 1 && o.value(QLatin1String("env")).isString()) {
            p.keySource = ProviderConfig::KeySource::Environment;
            p.keyName = o.value(QLatin1String("env")).toString();
        }
        if (!p.keyName.isEmpty())
            return true;
    }
    return r.fail(field,
                  QStringLiteral("must be \"client\", \"none\", {\"keychain\": \"<name>\"} "
                                 "or {\"env\": \"<VARIABLE>\"}"));
}

bool readProvider(Reader &r, const QString &field, const QJsonValue &value, ProviderConfig &p)
{
    if (!value.isObject())
        return r.fail(field, QStringLiteral("must be an object"));
    const QJsonObject o = value.toObject();
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));

    p.id = o.value(QLatin1String("id")).toString();
    if (!idPattern.match(p.id).hasMatch())
        return r.fail(field % QLatin1String(".id"),
                      QStringLiteral("must be a name of letters, digits, '.', '_' or '-'"));

    const QString kind = o.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("openai"))
        p.kind = WireFormat::OpenAi;
    else if (kind == QLatin1String("anthropic"))
        p.kind = WireFormat::Anthropic;
    else
        return r.fail(field % QLatin1String(".kind"),
                      QStringLiteral("must be \"openai\" or \"anthropic\""));

    p.baseUrl = QUrl(o.value(QLatin1String("base_url")).toString(), QUrl::StrictMode);
    if (!p.baseUrl.isValid() || p.baseUrl.host().isEmpty()
        || (p.baseUrl.scheme() != QLatin1String("http")
            && p.baseUrl.scheme() != QLatin1String("https")))
        return r.fail(field % QLatin1String(".base_url"),
                      QStringLiteral("must be an absolute http:// or https:// URL"));
    if (p.baseUrl.path().endsWith(u'/'))
        p.baseUrl.setPath(p.baseUrl.path().chopped(1));

    const QJsonValue models = o.value(QLatin1String("models"));
    if (models.isUndefined()) {
        p.models = {QStringLiteral("*")};
    } else if (models.isArray()) {
        const QJsonArray list = models.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!list.at(i).isString() || list.at(i).toString().isEmpty())
                return r.fail(field % QLatin1String(".models[") % QString::number(i) % u']',
                              QStringLiteral("must be a non-empty string"));
            p.models << list.at(i).toString();
        }
    } else {
        return r.fail(field % QLatin1String(".models"),
                      QStringLiteral("must be an array of model names or globs"));
    }

    if (!readKeySource(r, field % QLatin1String(".api_key"), o.value(QLatin1String("api_key")), p))
        return false;

    const QJsonValue local = o.value(QLatin1String("local"));
    if (!local.isUndefined() && !local.isBool())
        return r.fail(field % QLatin1String(".local"), QStringLiteral("must be true or false"));
    p.local = local.toBool(false);
    return true;
}

// An optional number within [min, max]; leaves *target alone when absent.
template<typename T>
bool readNumber(Reader &r, const QJsonObject &o, const char *key, const QString &field, double min,
                double max, T *target)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max)
        return r.fail(
            field,
            QStringLiteral("must be a number between %1 and %2").arg(qint64(min)).arg(qint64(max)));
    *target = T(v.toDouble());
    return true;
}

bool readLimits(Reader &r, const QJsonValue &value, ProxyConfig &c)
{
    if (value.isUndefined())
        return true;
    if (!value.isObject())
        return r.fail(QStringLiteral("limits"), QStringLiteral("must be an object"));
    const QJsonObject o = value.toObject();
    return readNumber(r, o, "max_request_body_bytes",
                      QStringLiteral("limits.max_request_body_bytes"), 1024, 1024.0 * 1024 * 1024,
                      &c.maxRequestBodyBytes)
        && readNumber(r, o, "upstream_idle_timeout_ms",
                      QStringLiteral("limits.upstream_idle_timeout_ms"), 100, 24 * 3600 * 1000.0,
                      &c.upstreamIdleTimeoutMs);
}

bool readCacheMode(Reader &r, const QJsonValue &value, CacheConfig &c)
{
    if (value.isUndefined())
        return true;
    if (value == QLatin1String("deterministic"))
        c.mode = CacheConfig::Mode::Deterministic;
    else if (value == QLatin1String("opt_in"))
        c.mode = CacheConfig::Mode::OptIn;
    else if (value == QLatin1String("all"))
        c.mode = CacheConfig::Mode::All;
    else
        return r.fail(QStringLiteral("cache.mode"),
                      QStringLiteral("must be \"deterministic\", \"opt_in\" or \"all\""));
    return true;
}

bool readCacheLists(Reader &r, const QJsonObject &o, CacheConfig &c)
{
    const QJsonValue ignore = o.value(QLatin1String("ignore_fields"));
    if (!ignore.isUndefined()) {
        if (!ignore.isArray())
            return r.fail(QStringLiteral("cache.ignore_fields"),
                          QStringLiteral("must be an array of field names"));
        c.ignoreFields.clear();
        const QJsonArray list = ignore.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!list.at(i).isString() || list.at(i).toString().isEmpty())
                return r.fail(QLatin1String("cache.ignore_fields[") % QString::number(i) % u']',
                              QStringLiteral("must be a non-empty string"));
            c.ignoreFields << list.at(i).toString();
        }
    }
    const QJsonValue models = o.value(QLatin1String("models"));
    if (models.isUndefined())
        return true;
    if (!models.isObject())
        return r.fail(QStringLiteral("cache.models"),
                      QStringLiteral("must be an object of model name → true or false"));
    const QJsonObject map = models.toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!it.value().isBool())
            return r.fail(QLatin1String("cache.models.") % it.key(),
                          QStringLiteral("must be true or false"));
        c.models.insert(it.key(), it.value().toBool());
    }
    return true;
}

bool readCache(Reader &r, const QJsonValue &value, CacheConfig &c)
{
    if (value.isUndefined())
        return true;
    if (!value.isObject())
        return r.fail(QStringLiteral("cache"), QStringLiteral("must be an object"));
    const QJsonObject o = value.toObject();
    static const QSet<QString> known = {
        QStringLiteral("enabled"),   QStringLiteral("mode"),          QStringLiteral("ttl_seconds"),
        QStringLiteral("max_bytes"), QStringLiteral("ignore_fields"), QStringLiteral("models")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            return r.fail(QLatin1String("cache.") % it.key(), QStringLiteral("unknown setting"));
    }
    const QJsonValue enabled = o.value(QLatin1String("enabled"));
    if (!enabled.isUndefined() && !enabled.isBool())
        return r.fail(QStringLiteral("cache.enabled"), QStringLiteral("must be true or false"));
    c.enabled = enabled.toBool(true);
    return readCacheMode(r, o.value(QLatin1String("mode")), c)
        && readNumber(r, o, "ttl_seconds", QStringLiteral("cache.ttl_seconds"), 1,
                      3650 * 24 * 3600.0, &c.ttlSeconds)
        && readNumber(r, o, "max_bytes", QStringLiteral("cache.max_bytes"), 0,
                      64.0 * 1024 * 1024 * 1024, &c.maxBytes)
        && readCacheLists(r, o, c);
}

} // namespace

const ProviderConfig *ProxyConfig::provider(const QString &id) const
{
    for (const ProviderConfig &p : providers) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

QList<ProviderConfig> ProxyConfig::defaultProviders(const QProcessEnvironment &env)
{
    ProviderConfig openai;
    openai.id = QStringLiteral("openai");
    openai.kind = WireFormat::OpenAi;
    openai.baseUrl = QUrl(env.value(QStringLiteral("LLMLEDGER_OPENAI_BASE_URL"),
                                    QStringLiteral("https://api.openai.com/v1")));
    openai.models = {QStringLiteral("*")};

    ProviderConfig anthropic;
    anthropic.id = QStringLiteral("anthropic");
    anthropic.kind = WireFormat::Anthropic;
    anthropic.baseUrl = QUrl(env.value(QStringLiteral("LLMLEDGER_ANTHROPIC_BASE_URL"),
                                       QStringLiteral("https://api.anthropic.com")));
    anthropic.models = {QStringLiteral("*")};

    for (ProviderConfig *p : {&openai, &anthropic}) {
        if (p->baseUrl.path().endsWith(u'/'))
            p->baseUrl.setPath(p->baseUrl.path().chopped(1));
    }
    return {openai, anthropic};
}

QJsonObject ConfigLoader::providerToJson(const ProviderConfig &p)
{
    QJsonValue apiKey;
    switch (p.keySource) {
    case ProviderConfig::KeySource::Client:
        apiKey = QStringLiteral("client");
        break;
    case ProviderConfig::KeySource::None:
        apiKey = QStringLiteral("none");
        break;
    case ProviderConfig::KeySource::Keychain:
        apiKey = QJsonObject{{QLatin1String("keychain"), p.keyName}};
        break;
    case ProviderConfig::KeySource::Environment:
        apiKey = QJsonObject{{QLatin1String("env"), p.keyName}};
        break;
    }
    QJsonObject o{
        {QLatin1String("id"), p.id},
        {QLatin1String("kind"),
         p.kind == WireFormat::Anthropic ? QLatin1String("anthropic") : QLatin1String("openai")},
        {QLatin1String("base_url"), p.baseUrl.toString()},
        {QLatin1String("models"), QJsonArray::fromStringList(p.models)},
        {QLatin1String("api_key"), apiKey},
    };
    if (p.local)
        o.insert(QLatin1String("local"), true);
    return o;
}

QJsonArray ConfigLoader::providersToJson(const QList<ProviderConfig> &providers)
{
    QJsonArray list;
    for (const ProviderConfig &p : providers)
        list.append(providerToJson(p));
    return list;
}

ConfigResult ConfigLoader::loadFile(const QString &path, const QProcessEnvironment &env)
{
    QFile file(path);
    if (!file.exists())
        return parse(QByteArrayLiteral("{}"), env);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, path % QLatin1String(": ") % file.errorString()};
    ConfigResult result = parse(file.readAll(), env);
    if (!result.config)
        result.error = path % QLatin1String(": ") % result.error;
    return result;
}

ConfigResult ConfigLoader::parse(const QByteArray &json, const QProcessEnvironment &env)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = json.left(parseError.offset).count('\n') + 1;
        return {
            std::nullopt,
            QStringLiteral("line %1: invalid JSON: %2").arg(line).arg(parseError.errorString())};
    }
    if (!doc.isObject())
        return {std::nullopt, QStringLiteral("the top level must be a JSON object")};

    const QJsonObject o = doc.object();
    Reader r;
    ProxyConfig c;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!knownTopLevelKeys().contains(it.key()))
            return {std::nullopt, it.key() % QLatin1String(": unknown setting")};
    }

    const QJsonValue listen = o.value(QLatin1String("listen"));
    if (!listen.isUndefined() && !c.listenAddress.setAddress(listen.toString()))
        return {std::nullopt, QStringLiteral("listen: must be an IP address such as 127.0.0.1")};

    const QJsonValue port = o.value(QLatin1String("port"));
    if (!port.isUndefined()) {
        const double value = port.toDouble(-1);
        if (!port.isDouble() || value < 0 || value > 65535 || value != int(value))
            return {std::nullopt, QStringLiteral("port: must be an integer from 0 to 65535")};
        c.port = quint16(value);
    }

    for (const char *flag : {"record_bodies", "inject_stream_usage"}) {
        const QJsonValue v = o.value(QLatin1String(flag));
        if (!v.isUndefined() && !v.isBool())
            return {std::nullopt, QLatin1String(flag) % QLatin1String(": must be true or false")};
    }
    c.recordBodies = o.value(QLatin1String("record_bodies")).toBool(false);
    c.injectStreamUsage = o.value(QLatin1String("inject_stream_usage")).toBool(true);

    if (!readLimits(r, o.value(QLatin1String("limits")), c))
        return {std::nullopt, r.error};

    if (!readCache(r, o.value(QLatin1String("cache")), c.cache))
        return {std::nullopt, r.error};

    const QJsonValue retention = o.value(QLatin1String("retention_days"));
    if (!retention.isUndefined()) {
        const double value = retention.toDouble(-1);
        if (!retention.isDouble() || value < 0 || value > 36500 || value != int(value))
            return {std::nullopt,
                    QStringLiteral("retention_days: must be an integer from 0 (keep everything) "
                                   "to 36500")};
        c.retentionDays = int(value);
    }

    const QJsonValue providers = o.value(QLatin1String("providers"));
    if (providers.isUndefined()) {
        c.providers = ProxyConfig::defaultProviders(env);
    } else if (!providers.isArray()) {
        return {std::nullopt, QStringLiteral("providers: must be an array")};
    } else {
        const QJsonArray list = providers.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            ProviderConfig p;
            const QString field = QLatin1String("providers[") % QString::number(i) % u']';
            if (!readProvider(r, field, list.at(i), p))
                return {std::nullopt, r.error};
            if (c.provider(p.id))
                return {std::nullopt,
                        field % QLatin1String(".id: duplicate provider id \"") % p.id % u'"'};
            c.providers << p;
        }
    }

    const QJsonValue prices = o.value(QLatin1String("prices"));
    if (!prices.isUndefined()) {
        if (!prices.isObject())
            return {std::nullopt, QStringLiteral("prices: must be an object of model → prices")};
        c.priceOverridesJson = QJsonDocument(prices.toObject()).toJson(QJsonDocument::Compact);
    }
    return {c, {}};
}
