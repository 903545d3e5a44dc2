#include "providerlistmodel.h"

#include "clientkeyidentifier.h"
#include "configdocument.h"
#include "ledgerreader.h"
#include "secretstore.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QLocale>

namespace {

constexpr qint64 DayMs = 24 * 3600 * 1000;

bool sameRow(const ProviderConfig &a, const ProviderConfig &b)
{
    return a.id == b.id && a.kind == b.kind && a.baseUrl == b.baseUrl && a.models == b.models
        && a.keySource == b.keySource && a.keyName == b.keyName && a.local == b.local;
}

QStringList idsOf(const QList<ProviderConfig> &providers)
{
    QStringList ids;
    for (const ProviderConfig &p : providers)
        ids << p.id;
    return ids;
}

} // namespace

ProviderListModel::ProviderListModel(ConfigDocument *document, SecretStore *secrets,
                                     LedgerReader *ledger, QObject *parent)
    : QAbstractListModel(parent), m_document(document), m_secrets(secrets), m_ledger(ledger),
      m_nowMs([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_providers = document->config().providers;
    connect(document, &ConfigDocument::changed, this, &ProviderListModel::onDocumentChanged);
    if (ledger)
        connect(ledger, &LedgerReader::callsChanged, this, &ProviderListModel::queryHealth);
    refresh();
}

QString ProviderListModel::keySourceName(ProviderConfig::KeySource source)
{
    switch (source) {
    case ProviderConfig::KeySource::Client:
        return QStringLiteral("client");
    case ProviderConfig::KeySource::Keychain:
        return QStringLiteral("keychain");
    case ProviderConfig::KeySource::Environment:
        return QStringLiteral("env");
    case ProviderConfig::KeySource::None:
        break;
    }
    return QStringLiteral("none");
}

int ProviderListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_providers.size());
}

QHash<int, QByteArray> ProviderListModel::roleNames() const
{
    return {{IdRole, "providerId"},
            {KindRole, "kind"},
            {BaseUrlRole, "baseUrl"},
            {ModelsRole, "models"},
            {KeySourceRole, "keySource"},
            {KeyNameRole, "keyName"},
            {KeySourceTextRole, "keySourceText"},
            {LocalRole, "local"},
            {HasStoredKeyRole, "hasStoredKey"},
            {KeyHintRole, "keyHint"},
            {RequestsRole, "requests"},
            {ErrorsRole, "errors"},
            {ErrorRateRole, "errorRate"},
            {HealthTextRole, "healthText"},
            {LastErrorRole, "lastError"},
            {LastCallMsRole, "lastCallMs"},
            {LastCallTextRole, "lastCallText"}};
}

QString ProviderListModel::keyHint(const ProviderConfig &p) const
{
    return p.keySource == ProviderConfig::KeySource::Keychain ? m_keyHints.value(p.keyName)
                                                              : QString();
}

QVariant ProviderListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const ProviderConfig &p = m_providers.at(index.row());
    const Health health = m_health.value(p.id);
    switch (role) {
    case Qt::DisplayRole:
    case IdRole:
        return p.id;
    case KindRole:
        return p.kind == WireFormat::Anthropic ? QStringLiteral("anthropic")
                                               : QStringLiteral("openai");
    case BaseUrlRole:
        return p.baseUrl.toString();
    case ModelsRole:
        return p.models.join(QLatin1String(", "));
    case KeySourceRole:
        return keySourceName(p.keySource);
    case KeyNameRole:
        return p.keyName;
    case KeySourceTextRole:
        switch (p.keySource) {
        case ProviderConfig::KeySource::Client:
            return tr("the client's own key");
        case ProviderConfig::KeySource::Keychain: {
            const QString hint = keyHint(p);
            return hint.isEmpty() ? tr("keychain (no key stored)") : tr("keychain: %1").arg(hint);
        }
        case ProviderConfig::KeySource::Environment:
            return tr("environment variable %1").arg(p.keyName);
        case ProviderConfig::KeySource::None:
            return tr("no key");
        }
        return {};
    case LocalRole:
        return p.local;
    case HasStoredKeyRole:
        return !keyHint(p).isEmpty();
    case KeyHintRole:
        return keyHint(p);
    case RequestsRole:
        return health.requests;
    case ErrorsRole:
        return health.errors;
    case ErrorRateRole:
        return health.requests ? double(health.errors) / double(health.requests) : 0.0;
    case HealthTextRole:
        if (health.requests == 0)
            return tr("No calls in the last 24 hours");
        return tr("%n call(s) in 24 h · %1 % errors", nullptr, int(health.requests))
            .arg(QLocale().toString(100.0 * double(health.errors) / double(health.requests), 'f',
                                    1));
    case LastErrorRole:
        return health.lastError;
    case LastCallMsRole:
        return health.lastCallMs;
    case LastCallTextRole:
        return health.lastCallMs
            ? tr("Last call %1")
                  .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(health.lastCallMs),
                                          QLocale::ShortFormat))
            : tr("Never called");
    default:
        return {};
    }
}

QVariantMap ProviderListModel::get(int row) const
{
    QVariantMap values;
    if (row < 0 || row >= rowCount())
        return values;
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.begin(); it != names.end(); ++it)
        values.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return values;
}

void ProviderListModel::onDocumentChanged()
{
    const QList<ProviderConfig> next = m_document->config().providers;
    if (idsOf(next) == idsOf(m_providers)) {
        for (int row = 0; row < next.size(); ++row) {
            if (sameRow(next.at(row), m_providers.at(row)))
                continue;
            m_providers[row] = next.at(row);
            Q_EMIT dataChanged(index(row), index(row));
        }
    } else {
        // Providers added, removed or reordered: a handful of rows, read again.
        const int before = int(m_providers.size());
        beginResetModel();
        m_providers = next;
        endResetModel();
        if (before != m_providers.size())
            Q_EMIT countChanged();
    }
    refresh();
}

void ProviderListModel::refresh()
{
    readKeyHints();
    queryHealth();
}

void ProviderListModel::readKeyHints()
{
    if (!m_secrets)
        return;
    const quint64 serial = ++m_hintSerial;
    QStringList names;
    for (const ProviderConfig &p : std::as_const(m_providers)) {
        if (p.keySource == ProviderConfig::KeySource::Keychain && !names.contains(p.keyName))
            names << p.keyName;
    }
    auto hints = std::make_shared<QHash<QString, QString>>();
    auto pending = std::make_shared<int>(int(names.size()) + 1);
    QPointer<ProviderListModel> self(this);
    auto settle = [self, serial, hints, pending] {
        if (--*pending > 0 || !self || serial != self->m_hintSerial)
            return;
        self->m_keyHints = *hints;
        if (!self->m_providers.isEmpty())
            Q_EMIT self->dataChanged(self->index(0), self->index(self->rowCount() - 1),
                                     {KeySourceTextRole, HasStoredKeyRole, KeyHintRole});
        Q_EMIT self->keyHintsUpdated();
    };
    for (const QString &name : std::as_const(names)) {
        m_secrets->read(QLatin1String("provider/") + name,
                        [hints, name, settle](const SecretStore::ReadResult &read) {
                            // Only the hint is kept: the key itself goes out of scope here.
                            if (read.status == SecretStore::Status::Ok && !read.secret.isEmpty())
                                hints->insert(name, ClientKeyIdentifier::hint(read.secret));
                            settle();
                        });
    }
    settle();
}

void ProviderListModel::queryHealth()
{
    if (!m_ledger)
        return;
    const qint64 now = m_nowMs();
    const TimeRange day{now - DayMs, now};
    const QStringList ids = idsOf(m_providers);
    const quint64 serial = ++m_healthSerial;
    setLoading(true);
    auto *watcher = new QFutureWatcher<ReadResult<QHash<QString, Health>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, serial] {
        watcher->deleteLater();
        if (serial != m_healthSerial)
            return;
        const auto result = watcher->result();
        setLoading(false);
        if (m_error != result.error) {
            m_error = result.error;
            Q_EMIT errorStringChanged();
        }
        m_health = result.value;
        if (!m_providers.isEmpty())
            Q_EMIT dataChanged(index(0), index(rowCount() - 1),
                               {RequestsRole, ErrorsRole, ErrorRateRole, HealthTextRole,
                                LastErrorRole, LastCallMsRole, LastCallTextRole});
        Q_EMIT healthUpdated();
    });
    watcher->setFuture(m_ledger->run([ids, day](CallQueries &queries) {
        QHash<QString, Health> health;
        for (const UsageGroup &group : queries.groupBy(day, GroupBy::Provider)) {
            if (ids.contains(group.key)) {
                health[group.key].requests = group.totals.requests;
                health[group.key].errors = group.totals.errors;
            }
        }
        for (const QString &id : ids) {
            CallFilter filter;
            filter.provider = id;
            const LogPage last = queries.logPage(filter, {}, 1);
            if (last.rows.isEmpty())
                continue;
            Health &h = health[id];
            h.lastCallMs = last.rows.first().record.startedAtMs;
            filter.range = day;
            filter.errorsOnly = true;
            const LogPage error = queries.logPage(filter, {}, 1);
            if (error.rows.isEmpty())
                continue;
            const CallRecord &r = error.rows.first().record;
            h.lastErrorMs = r.startedAtMs;
            h.lastError = r.errorMessage.isEmpty()
                ? QStringLiteral("HTTP %1 %2").arg(r.httpStatus).arg(r.errorType)
                : QStringLiteral("HTTP %1: %2").arg(r.httpStatus).arg(r.errorMessage);
        }
        return health;
    }));
}

void ProviderListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}
