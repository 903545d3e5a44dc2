#include "modelprice.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestModelPrice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toJsonOmitsAbsentPrices();
    void toJsonWritesEveryClassInReadingOrder();
    void fromJsonReadsEveryKey();
    void roundTrip();
    void nullCountsAsAbsent();
    void rejectsBadFields_data();
    void rejectsBadFields();
};

static QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

void TestModelPrice::toJsonOmitsAbsentPrices()
{
    ModelPrice price;
    price.model = QStringLiteral("gpt-4o");
    price.inputPerM = 2.5;
    price.cachedInputPerM = 1.25;
    price.outputPerM = 10;
    QCOMPARE(price.toJson(), QByteArray(R"({"input":2.5,"cached_input":1.25,"output":10})"));
}

void TestModelPrice::toJsonWritesEveryClassInReadingOrder()
{
    ModelPrice price;
    price.inputPerM = 3;
    price.cachedInputPerM = 0.3;
    price.cacheWritePerM = 3.75;
    price.cacheWrite1hPerM = 6;
    price.outputPerM = 15;
    price.reasoningPerM = 0.075;
    QCOMPARE(price.toJson(),
             QByteArray(R"({"input":3,"cached_input":0.3,"cache_write":3.75,"cache_write_1h":6,)"
                        R"("output":15,"reasoning":0.075})"));
}

void TestModelPrice::fromJsonReadsEveryKey()
{
    QString error;
    const auto price = ModelPrice::fromJson(
        QStringLiteral("claude-sonnet-4-5"),
        object(
            R"({"input":3,"cached_input":0.3,"cache_write":3.75,"cache_write_1h":6,"output":15,"reasoning":20})"),
        &error);
    QVERIFY2(price, qPrintable(error));
    QCOMPARE(price->model, QStringLiteral("claude-sonnet-4-5"));
    QCOMPARE(price->inputPerM, 3.0);
    QCOMPARE(price->cachedInputPerM, std::optional<double>(0.3));
    QCOMPARE(price->cacheWritePerM, std::optional<double>(3.75));
    QCOMPARE(price->cacheWrite1hPerM, std::optional<double>(6.0));
    QCOMPARE(price->outputPerM, 15.0);
    QCOMPARE(price->reasoningPerM, std::optional<double>(20.0));
}

void TestModelPrice::roundTrip()
{
    ModelPrice price;
    price.model = QStringLiteral("o4-mini");
    price.inputPerM = 1.1;
    price.cachedInputPerM = 0.275;
    price.outputPerM = 4.4;
    QString error;
    const auto fromBytes = ModelPrice::fromJson(price.model, object(price.toJson()), &error);
    QVERIFY2(fromBytes, qPrintable(error));
    QCOMPARE(*fromBytes, price);
    const auto fromObject = ModelPrice::fromJson(price.model, price.toJsonObject(), &error);
    QVERIFY2(fromObject, qPrintable(error));
    QCOMPARE(*fromObject, price);
}

void TestModelPrice::nullCountsAsAbsent()
{
    QString error;
    const auto price = ModelPrice::fromJson(
        QStringLiteral("m"), object(R"({"input":1,"output":2,"cached_input":null})"), &error);
    QVERIFY2(price, qPrintable(error));
    QVERIFY(!price->cachedInputPerM);
}

void TestModelPrice::rejectsBadFields_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("negative output")
        << QByteArray(R"({"input":2.5,"output":-1})")
        << QStringLiteral("gpt-4o.output: must be a non-negative number");
    QTest::newRow("string input") << QByteArray(R"({"input":"2.5","output":10})")
                                  << QStringLiteral("gpt-4o.input: must be a non-negative number");
    QTest::newRow("missing input")
        << QByteArray(R"({"output":10})") << QStringLiteral("gpt-4o.input: is required");
    QTest::newRow("missing output")
        << QByteArray(R"({"input":2.5})") << QStringLiteral("gpt-4o.output: is required");
    QTest::newRow("bad optional")
        << QByteArray(R"({"input":2.5,"output":10,"cache_write_1h":true})")
        << QStringLiteral("gpt-4o.cache_write_1h: must be a non-negative number");
    QTest::newRow("typo") << QByteArray(R"({"input":2.5,"output":10,"cache_read":1.25})")
                          << QStringLiteral("gpt-4o.cache_read: unknown price key");
}

void TestModelPrice::rejectsBadFields()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString actual;
    QVERIFY(!ModelPrice::fromJson(QStringLiteral("gpt-4o"), object(json), &actual));
    QCOMPARE(actual, error);
    // A null error pointer is allowed.
    QVERIFY(!ModelPrice::fromJson(QStringLiteral("gpt-4o"), object(json), nullptr));
}

QTEST_GUILESS_MAIN(TestModelPrice)
#include "tst_modelprice.moc"
