// ResponseCacheStore against a real SQLite file in a temporary directory: entries come back
// whole (from memory before the worker wrote them, from the file after), expire after their
// TTL, are evicted least recently used first beyond the size limit, and survive a reopen.

#include "responsecachestore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

CachedResponse entry(const QByteArray &key, const QByteArray &body = "{\"id\":\"x\"}")
{
    CachedResponse e;
    e.key = key;
    e.provider = QStringLiteral("openai");
    e.model = QStringLiteral("gpt-4o");
    e.endpoint = QStringLiteral("/v1/chat/completions");
    e.status = 200;
    e.contentType = "application/json";
    e.body = body;
    e.usage.inputTokens = 120;
    e.usage.cachedInputTokens = 20;
    e.usage.outputTokens = 30;
    e.usage.reasoningTokens = 5;
    e.usageSource = UsageSource::Provider;
    e.servedModel = QStringLiteral("gpt-4o-2024-08-06");
    return e;
}

// Reads the file with a connection of its own, as another process would.
QVariant scalar(const QString &path, const QString &sql)
{
    QVariant value;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return value;
}

} // namespace

class TestResponseCacheStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("cache.sqlite")); }
    qint64 m_now = 1'000'000;

    void openAt(ResponseCacheStore &store)
    {
        store.setClock([this] { return m_now; });
        QString error;
        QVERIFY2(store.open(path(), &error), qPrintable(error));
    }

    static void compareEntries(const CachedResponse &got, const CachedResponse &want)
    {
        QCOMPARE(got.key, want.key);
        QCOMPARE(got.provider, want.provider);
        QCOMPARE(got.model, want.model);
        QCOMPARE(got.endpoint, want.endpoint);
        QCOMPARE(got.status, want.status);
        QCOMPARE(got.contentType, want.contentType);
        QCOMPARE(got.body, want.body);
        QCOMPARE(got.streamed, want.streamed);
        QCOMPARE(got.usage, want.usage);
        QCOMPARE(got.usageSource, want.usageSource);
        QCOMPARE(got.servedModel, want.servedModel);
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(path());
        QFile::remove(path() + QLatin1String("-wal"));
        QFile::remove(path() + QLatin1String("-shm"));
        m_now = 1'000'000;
    }

    void storesAndFinds()
    {
        ResponseCacheStore store;
        openAt(store);
        QCOMPARE(scalar(path(), QStringLiteral("PRAGMA user_version")).toInt(), 1);
        const CachedResponse want = entry("k1");
        store.insert(want, 1 << 20);
        QVERIFY(store.contains("k1", 1000));
        QVERIFY(!store.contains("k2", 1000));
        // Not written yet: served from memory.
        auto got = store.find("k1", 1000);
        QVERIFY(got);
        compareEntries(*got, want);
        QCOMPARE(got->createdAtMs, m_now);

        store.flush();
        QCOMPARE(scalar(path(), QStringLiteral("SELECT count(*) FROM responses")).toInt(), 1);
        QCOMPARE(scalar(path(), QStringLiteral("SELECT body FROM responses")).toByteArray(),
                 want.body);
        // Written: read back from the file, a use moves last_used_at.
        m_now += 10;
        got = store.find("k1", 1000);
        QVERIFY(got);
        compareEntries(*got, want);
        QCOMPARE(got->lastUsedAtMs, m_now);
        store.flush();
        QCOMPARE(scalar(path(), QStringLiteral("SELECT last_used_at FROM responses")).toLongLong(),
                 m_now);
        QCOMPARE(store.stats().entries, 1);
        QCOMPARE(store.stats().bytes, want.size());
    }

    void streamsKeepTheirBytes()
    {
        ResponseCacheStore store;
        openAt(store);
        CachedResponse want = entry("s", "data: {\"a\":1}\n\ndata: [DONE]\n\n");
        want.streamed = true;
        want.contentType = "text/event-stream; charset=utf-8";
        store.insert(want, 1 << 20);
        store.flush();
        store.close();
        ResponseCacheStore again;
        openAt(again);
        const auto got = again.find("s", 1000);
        QVERIFY(got);
        compareEntries(*got, want);
    }

    void expiresAfterTtl()
    {
        ResponseCacheStore store;
        openAt(store);
        store.insert(entry("old"), 1 << 20);
        m_now += 499;
        QVERIFY(store.contains("old", 500));
        QVERIFY(store.find("old", 500));
        m_now += 1; // created 500 ms ago: expired
        QVERIFY(!store.contains("old", 500));
        QVERIFY(store.contains("old", 501)); // a longer TTL from a reloaded config still has it
        QVERIFY(!store.find("old", 500));
        QVERIFY(!store.contains("old", 501)); // forgotten
        store.flush();
        QCOMPARE(scalar(path(), QStringLiteral("SELECT count(*) FROM responses")).toInt(), 0);

        store.insert(entry("a"), 1 << 20);
        m_now += 100;
        store.insert(entry("b"), 1 << 20);
        m_now += 100;
        store.prune(150);
        QVERIFY(!store.contains("a", 1000));
        QVERIFY(store.contains("b", 1000));
        QCOMPARE(store.stats().entries, 1);
    }

    void evictsLeastRecentlyUsed()
    {
        ResponseCacheStore store;
        openAt(store);
        const qint64 size = entry("a").size();
        const qint64 max = 3 * size + size / 2;
        for (const char *key : {"a", "b", "c"}) {
            ++m_now;
            store.insert(entry(key), max);
        }
        ++m_now;
        QVERIFY(store.find("a", 1000)); // a is now the most recently used
        store.flush();
        ++m_now;
        store.insert(entry("d"), max);
        QVERIFY(store.contains("a", 1000));
        QVERIFY(!store.contains("b", 1000));
        QVERIFY(store.contains("c", 1000));
        QVERIFY(store.contains("d", 1000));
        QCOMPARE(store.stats().bytes, 3 * size);
        store.flush();
        QCOMPARE(scalar(path(),
                        QStringLiteral("SELECT group_concat(key, ',') FROM "
                                       "(SELECT key FROM responses ORDER BY key)"))
                     .toString(),
                 QStringLiteral("a,c,d"));
        // An entry bigger than the whole cache is not kept.
        store.insert(entry("huge", QByteArray(int(max), 'x')), max);
        QVERIFY(!store.contains("huge", 1000));
        QCOMPARE(store.stats().entries, 3);
    }

    void reopenKeepsEntriesAndTheirAge()
    {
        {
            ResponseCacheStore store;
            openAt(store);
            store.insert(entry("p1", "one"), 1 << 20);
            m_now += 50;
            store.insert(entry("p2", "two"), 1 << 20);
            store.remove("p1");
            store.insert(entry("p3", "three"), 1 << 20);
        } // the destructor writes what is pending
        ResponseCacheStore store;
        openAt(store);
        QCOMPARE(store.stats().entries, 2);
        QVERIFY(!store.contains("p1", 1000));
        QCOMPARE(store.find("p2", 1000)->body, QByteArray("two"));
        QCOMPARE(store.find("p3", 1000)->createdAtMs, m_now);
        m_now += 1000;
        QVERIFY(!store.contains("p2", 1000)); // its age came back from the file
        store.clear();
        QCOMPARE(store.stats().entries, 0);
        store.flush();
        QCOMPARE(scalar(path(), QStringLiteral("SELECT count(*) FROM responses")).toInt(), 0);
    }

    void refusesANewerSchema()
    {
        {
            ResponseCacheStore store;
            openAt(store);
        }
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
            db.setDatabaseName(path());
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 2"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bump"));
        ResponseCacheStore store;
        QString error;
        QVERIFY(!store.open(path(), &error));
        QVERIFY2(error.contains(QStringLiteral("newer LLM Ledger")), qPrintable(error));
        QVERIFY(!store.isOpen());
        store.insert(entry("x"), 1 << 20); // closed: ignored
        QVERIFY(!store.contains("x", 1000));
    }
};

QTEST_GUILESS_MAIN(TestResponseCacheStore)
#include "tst_responsecachestore.moc"
