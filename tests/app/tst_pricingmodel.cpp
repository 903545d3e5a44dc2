#include "apptestsupport.h"
#include "callqueries.h"
#include "priceeditor.h"
#include "pricefiltermodel.h"
#include "pricelistmodel.h"
#include "pricetable.h"
#include "proxyruntime.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

using Source = PriceListModel::Source;

const QByteArray litellmFixture = R"({
    "sample_spec": {"input_cost_per_token": 0, "output_cost_per_token": 0},
    "acme/acme-large-1": {"input_cost_per_token": 2e-06, "output_cost_per_token": 8e-06,
                          "cache_read_input_token_cost": 5e-07, "litellm_provider": "acme"},
    "my-finetune": {"input_cost_per_token": 3e-06, "output_cost_per_token": 4e-06},
    "dall-e-9": {"output_cost_per_image": 0.04, "mode": "image_generation"}
})";

} // namespace

// PriceListModel, PriceFilterModel and PriceEditor over real files in a temporary folder:
// the built-in table, an overrides file written through PriceOverridesFile (as `llmledger
// prices import` writes it) and a config.json with "prices"; every model runs under
// QAbstractItemModelTester.
class TestPricingModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PriceEditor> makeEditor()
    {
        auto editor = std::make_unique<PriceEditor>(m_paths);
        m_testers.emplace_back(std::make_unique<QAbstractItemModelTester>(
            editor->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        return editor;
    }

    static int rowOf(const QAbstractItemModel &model, const QString &name)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data(PriceListModel::NameRole).toString() == name)
                return row;
        }
        return -1;
    }

    static QVariant value(const QAbstractItemModel &model, const QString &name, int role)
    {
        const int row = rowOf(model, name);
        return row < 0 ? QVariant() : model.index(row, 0).data(role);
    }

    static QStringList names(const QAbstractItemModel &model)
    {
        QStringList list;
        for (int row = 0; row < model.rowCount(); ++row)
            list << model.index(row, 0).data(PriceListModel::NameRole).toString();
        return list;
    }

    QJsonObject overridesModels() const
    {
        return QJsonDocument::fromJson(AppTest::readFile(m_paths.priceOverridesFile()))
            .object()
            .value(QLatin1String("models"))
            .toObject();
    }

    static bool waitIdle(PriceEditor &editor)
    {
        QSignalSpy busy(&editor, &PriceEditor::busyChanged);
        return !editor.busy() || busy.wait(20000);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    LedgerPaths m_paths;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_paths = AppTest::pathsIn(*m_dir);
        QVERIFY(QDir().mkpath(QFileInfo(m_paths.configFile).absolutePath()));
        QVERIFY(QDir().mkpath(m_paths.dataDir));
    }

    void cleanup() { m_testers.clear(); }

    void priceText()
    {
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(PriceListModel::priceText(2.5, us), QStringLiteral("$2.50"));
        QCOMPARE(PriceListModel::priceText(10, us), QStringLiteral("$10.00"));
        QCOMPARE(PriceListModel::priceText(0.0375, us), QStringLiteral("$0.0375"));
        QCOMPARE(PriceListModel::priceText(1250, us), QStringLiteral("$1,250.00"));
        QCOMPARE(PriceListModel::priceText(std::nullopt, us), QStringLiteral("—"));
        QCOMPARE(PriceListModel::priceText(0.0375, QLocale(QLocale::German, QLocale::Germany)),
                 QStringLiteral("$0,0375"));
    }

    void providerOf()
    {
        QCOMPARE(PriceListModel::providerOf(QStringLiteral("gpt-4o")), QStringLiteral("OpenAI"));
        QCOMPARE(PriceListModel::providerOf(QStringLiteral("o3-mini")), QStringLiteral("OpenAI"));
        QCOMPARE(PriceListModel::providerOf(QStringLiteral("claude-3-5-haiku")),
                 QStringLiteral("Anthropic"));
        QCOMPARE(PriceListModel::providerOf(QStringLiteral("us.anthropic.claude-3-haiku-v1:0")),
                 QStringLiteral("Anthropic"));
        QCOMPARE(PriceListModel::providerOf(QStringLiteral("groq/llama-3.3-70b-versatile")),
                 QStringLiteral("groq"));
        QCOMPARE(PriceListModel::providerOf(QStringLiteral("acme-1")), QString());
    }

    void showsTheBuiltInTable()
    {
        auto editor = makeEditor();
        const PriceListModel &model = *editor->model();
        QVERIFY2(editor->errorString().isEmpty(), qPrintable(editor->errorString()));
        QCOMPARE(model.rowCount(), int(PriceTable::builtIn().size()));
        QCOMPARE(model.property("count").toInt(), model.rowCount());
        const QString gpt4o = QStringLiteral("gpt-4o");
        QCOMPARE(value(model, gpt4o, PriceListModel::SourceRole).value<Source>(), Source::BuiltIn);
        QCOMPARE(value(model, gpt4o, PriceListModel::SourceTextRole).toString(),
                 QStringLiteral("Built-in"));
        QCOMPARE(value(model, gpt4o, PriceListModel::ProviderRole).toString(),
                 QStringLiteral("OpenAI"));
        QCOMPARE(value(model, gpt4o, PriceListModel::InputTextRole).toString(),
                 QStringLiteral("$2.50"));
        QCOMPARE(value(model, gpt4o, PriceListModel::CachedInputTextRole).toString(),
                 QStringLiteral("$1.25"));
        QCOMPARE(value(model, gpt4o, PriceListModel::OutputRole).toDouble(), 10.0);
        QCOMPARE(value(model, gpt4o, PriceListModel::CacheWriteTextRole).toString(),
                 QStringLiteral("—"));
        QVERIFY(std::isnan(value(model, gpt4o, PriceListModel::CacheWriteRole).toDouble()));
        QCOMPARE(value(model, gpt4o, PriceListModel::RemovableRole).toBool(), false);
        // Sorted by lower-cased name.
        const QStringList all = names(model);
        QStringList sorted = all;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString &a, const QString &b) { return a.toLower() < b.toLower(); });
        QCOMPARE(all, sorted);
    }

    void searchesAndSorts()
    {
        auto editor = makeEditor();
        PriceFilterModel filter;
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(editor->model());
        QSignalSpy count(&filter, &PriceFilterModel::countChanged);

        filter.setSearchText(QStringLiteral("CLAUDE-3-5"));
        QCOMPARE(
            names(filter),
            (QStringList{QStringLiteral("claude-3-5-haiku"), QStringLiteral("claude-3-5-sonnet")}));
        QCOMPARE(filter.count(), 2);
        QVERIFY(count.count() > 0);

        // The provider matches too; sorted by output price, highest first.
        filter.setSearchText(QStringLiteral("anthropic"));
        filter.toggleSort(PriceFilterModel::Output);
        filter.toggleSort(PriceFilterModel::Output);
        QCOMPARE(filter.descending(), true);
        QList<ModelPrice> claude;
        const QList<ModelPrice> builtIn = PriceTable::builtIn().all();
        std::copy_if(
            builtIn.cbegin(), builtIn.cend(), std::back_inserter(claude),
            [](const ModelPrice &p) { return p.model.startsWith(QLatin1String("claude")); });
        std::stable_sort(
            claude.begin(), claude.end(), [](const ModelPrice &a, const ModelPrice &b) {
                return a.outputPerM > b.outputPerM; // all() is in name order: ties stay so
            });
        QStringList expected;
        for (const ModelPrice &p : claude)
            expected << p.model;
        QCOMPARE(names(filter), expected);

        // Absent prices come last in either direction.
        filter.setSearchText(QString());
        filter.setSortKey(PriceFilterModel::CacheWrite);
        for (const bool descending : {false, true}) {
            filter.setDescending(descending);
            const QModelIndex first = filter.index(0, 0);
            const QModelIndex last = filter.index(filter.rowCount() - 1, 0);
            QVERIFY(!std::isnan(first.data(PriceListModel::CacheWriteRole).toDouble()));
            QVERIFY(std::isnan(last.data(PriceListModel::CacheWriteRole).toDouble()));
        }
        filter.setSortKey(PriceFilterModel::Name);
        filter.setDescending(false);
        QCOMPARE(filter.rowCount(), editor->model()->rowCount());
        QCOMPARE(names(filter), names(*editor->model()));
    }

    void editWritesTheOverridesFile()
    {
        auto editor = makeEditor();
        const PriceListModel &model = *editor->model();
        const int builtInCount = model.rowCount();
        QSignalSpy changed(editor.get(), &PriceEditor::pricesChanged);
        QSignalSpy reset(editor->model(), &QAbstractItemModel::modelReset);
        QSignalSpy dataChanged(editor->model(), &QAbstractItemModel::dataChanged);

        QCOMPARE(editor->savePrice(QStringLiteral("gpt-4o"), QStringLiteral("3"), QString(),
                                   QString(), QString(), QStringLiteral("12.5"), QString()),
                 QString());
        QCOMPARE(changed.count(), 1);
        const QJsonObject models = overridesModels();
        QCOMPARE(models.keys(), QStringList{QStringLiteral("gpt-4o")});
        QCOMPARE(models.value(QLatin1String("gpt-4o")).toObject(),
                 (QJsonObject{{QLatin1String("input"), 3}, {QLatin1String("output"), 12.5}}));
        // One row changed in place, no reset.
        QCOMPARE(reset.count(), 0);
        QCOMPARE(dataChanged.count(), 1);
        QCOMPARE(model.rowCount(), builtInCount);
        const QString gpt4o = QStringLiteral("gpt-4o");
        QCOMPARE(value(model, gpt4o, PriceListModel::SourceRole).value<Source>(), Source::Override);
        QCOMPARE(value(model, gpt4o, PriceListModel::InputTextRole).toString(),
                 QStringLiteral("$3.00"));
        QCOMPARE(value(model, gpt4o, PriceListModel::OutputTextRole).toString(),
                 QStringLiteral("$12.50"));
        QCOMPARE(value(model, gpt4o, PriceListModel::CachedInputTextRole).toString(),
                 QStringLiteral("—"));
        QCOMPARE(value(model, gpt4o, PriceListModel::RemovableRole).toBool(), true);
        QCOMPARE(value(model, gpt4o, PriceListModel::ReplacesBuiltInRole).toBool(), true);
        QCOMPARE(editor->message(), QStringLiteral("Saved the price of gpt-4o"));
        // The proxy's own loading sees it.
        QString error;
        const auto prices = ProxyRuntime::loadPrices(m_paths, ProxyConfig{}, &error);
        QVERIFY2(prices, qPrintable(error));
        QCOMPARE(prices->find(QStringLiteral("gpt-4o-2024-08-06"))->inputPerM, 3.0);

        // A new model, every field set; the draft gives the fields back for the form.
        QCOMPARE(editor->savePrice(QStringLiteral("  My-Finetune "), QStringLiteral("1"),
                                   QStringLiteral("0.1"), QStringLiteral("1.25"),
                                   QStringLiteral("2"), QStringLiteral("4"), QStringLiteral("6")),
                 QString());
        QCOMPARE(model.rowCount(), builtInCount + 1);
        QCOMPARE(reset.count(), 0);
        const QVariantMap draft = editor->draft(QStringLiteral("my-finetune"));
        QCOMPARE(draft.value(QStringLiteral("name")).toString(), QStringLiteral("My-Finetune"));
        QCOMPARE(draft.value(QStringLiteral("cachedInput")).toString(), QStringLiteral("0.1"));
        QCOMPARE(draft.value(QStringLiteral("cacheWrite")).toString(), QStringLiteral("1.25"));
        QCOMPARE(draft.value(QStringLiteral("reasoning")).toString(), QStringLiteral("6"));
        QCOMPARE(
            value(model, QStringLiteral("My-Finetune"), PriceListModel::SourceRole).value<Source>(),
            Source::Override);
        QCOMPARE(value(model, QStringLiteral("My-Finetune"), PriceListModel::ReplacesBuiltInRole)
                     .toBool(),
                 false);

        // The same name in another case replaces the entry rather than adding one.
        QCOMPARE(editor->savePrice(QStringLiteral("my-finetune"), QStringLiteral("2"), QString(),
                                   QString(), QString(), QStringLiteral("4"), QString()),
                 QString());
        QCOMPARE(overridesModels().keys(),
                 (QStringList{QStringLiteral("gpt-4o"), QStringLiteral("my-finetune")}));
        QCOMPARE(model.rowCount(), builtInCount + 1);

        // Removing the override of a built-in model brings its built-in price back.
        QCOMPARE(editor->removeOverride(QStringLiteral("gpt-4o")), QString());
        QCOMPARE(
            editor->message(),
            QStringLiteral("Removed the override of gpt-4o: the built-in price applies again"));
        QCOMPARE(value(model, gpt4o, PriceListModel::SourceRole).value<Source>(), Source::BuiltIn);
        QCOMPARE(value(model, gpt4o, PriceListModel::InputTextRole).toString(),
                 QStringLiteral("$2.50"));
        QCOMPARE(editor->removeOverride(QStringLiteral("my-finetune")), QString());
        QCOMPARE(model.rowCount(), builtInCount);
        QCOMPARE(rowOf(model, QStringLiteral("my-finetune")), -1);
        QCOMPARE(overridesModels(), QJsonObject());
        QCOMPARE(reset.count(), 0);
        QVERIFY(editor->removeOverride(QStringLiteral("gpt-4o"))
                    .contains(QLatin1String("has no entry")));
    }

    void editRejectsBadInput_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("cachedInput");
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty name")
            << QStringLiteral("  ") << QStringLiteral("1") << QString() << QStringLiteral("2")
            << QStringLiteral("Enter the model's name");
        QTest::newRow("negative") << QStringLiteral("m") << QStringLiteral("-1") << QString()
                                  << QStringLiteral("2")
                                  << QStringLiteral("Input: a price cannot be negative");
        QTest::newRow("not a number")
            << QStringLiteral("m") << QStringLiteral("1") << QStringLiteral("cheap")
            << QStringLiteral("2") << QStringLiteral("Cached input: “cheap” is not a number");
        QTest::newRow("no output")
            << QStringLiteral("m") << QStringLiteral("1") << QString() << QString()
            << QStringLiteral("Input and output prices are required");
    }

    void editRejectsBadInput()
    {
        QFETCH(QString, name);
        QFETCH(QString, input);
        QFETCH(QString, cachedInput);
        QFETCH(QString, output);
        QFETCH(QString, message);
        auto editor = makeEditor();
        const int rows = editor->model()->rowCount();
        const QString error
            = editor->savePrice(name, input, cachedInput, QString(), QString(), output, QString());
        QVERIFY2(error.startsWith(message), qPrintable(error));
        QVERIFY(!QFile::exists(m_paths.priceOverridesFile()));
        QCOMPARE(editor->model()->rowCount(), rows);
    }

    void configPricesWinAndAreNotEditedHere()
    {
        QVERIFY(AppTest::writeFile(m_paths.configFile, R"({"prices": {"gpt-4o": {"input": 1,
                                                                    "output": 2}}})"));
        auto editor = makeEditor();
        const PriceListModel &model = *editor->model();
        const QString gpt4o = QStringLiteral("gpt-4o");
        QCOMPARE(value(model, gpt4o, PriceListModel::SourceRole).value<Source>(), Source::Config);
        QCOMPARE(value(model, gpt4o, PriceListModel::SourceTextRole).toString(),
                 QStringLiteral("Config"));
        QCOMPARE(value(model, gpt4o, PriceListModel::InputTextRole).toString(),
                 QStringLiteral("$1.00"));
        QCOMPARE(value(model, gpt4o, PriceListModel::RemovableRole).toBool(), false);
        const QString error = editor->savePrice(gpt4o, QStringLiteral("5"), QString(), QString(),
                                                QString(), QStringLiteral("6"), QString());
        QVERIFY2(error.contains(m_paths.configFile), qPrintable(error));
        QVERIFY(!QFile::exists(m_paths.priceOverridesFile()));
    }

    void brokenOverridesFileIsShownAndKept()
    {
        const QByteArray broken = R"({"models": {"m": {"input": -1, "output": 2}}})";
        QVERIFY(AppTest::writeFile(m_paths.priceOverridesFile(), broken));
        auto editor = makeEditor();
        QVERIFY2(editor->errorString().startsWith(m_paths.priceOverridesFile()),
                 qPrintable(editor->errorString()));
        QCOMPARE(editor->model()->rowCount(), int(PriceTable::builtIn().size()));
        const QString error
            = editor->savePrice(QStringLiteral("x"), QStringLiteral("1"), QString(), QString(),
                                QString(), QStringLiteral("2"), QString());
        QVERIFY2(error.contains(QLatin1String("fix or remove it first")), qPrintable(error));
        QCOMPARE(AppTest::readFile(m_paths.priceOverridesFile()), broken);
    }

    void importsLiteLlm()
    {
        QVERIFY(AppTest::writeFile(m_paths.priceOverridesFile(),
                                   R"({"models": {"my-finetune": {"input": 1, "output": 2},
                                                  "hand-made": {"input": 5, "output": 6}}})"));
        const QString litellm = m_dir->filePath(QStringLiteral("litellm.json"));
        QVERIFY(AppTest::writeFile(litellm, litellmFixture));
        auto editor = makeEditor();
        const PriceListModel &model = *editor->model();
        const int before = model.rowCount();
        QSignalSpy changed(editor.get(), &PriceEditor::pricesChanged);

        editor->importLiteLlm(QUrl::fromLocalFile(litellm));
        QVERIFY(editor->busy());
        // Refused while the import runs.
        QVERIFY(editor
                    ->savePrice(QStringLiteral("x"), QStringLiteral("1"), QString(), QString(),
                                QString(), QStringLiteral("2"), QString())
                    .startsWith(QLatin1String("Wait until")));
        QVERIFY(waitIdle(*editor));
        QVERIFY2(editor->errorString().isEmpty(), qPrintable(editor->errorString()));
        QCOMPARE(editor->message(),
                 // Untranslated plurals: the English translation words them.
                 QStringLiteral("Imported 2 model price(s) from %1 (1 entry(s) without per-token "
                                "prices skipped)")
                     .arg(litellm));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.rowCount(), before + 1);

        const QString acme = QStringLiteral("acme/acme-large-1");
        QCOMPARE(value(model, acme, PriceListModel::SourceRole).value<Source>(), Source::Imported);
        QCOMPARE(value(model, acme, PriceListModel::ProviderRole).toString(),
                 QStringLiteral("acme"));
        QCOMPARE(value(model, acme, PriceListModel::InputTextRole).toString(),
                 QStringLiteral("$2.00"));
        QCOMPARE(value(model, acme, PriceListModel::CachedInputTextRole).toString(),
                 QStringLiteral("$0.50"));
        QCOMPARE(value(model, acme, PriceListModel::RemovableRole).toBool(), true);
        // The import replaced the hand edit of the same name and kept the other one.
        const QString finetune = QStringLiteral("my-finetune");
        QCOMPARE(value(model, finetune, PriceListModel::SourceRole).value<Source>(),
                 Source::Imported);
        QCOMPARE(value(model, finetune, PriceListModel::InputTextRole).toString(),
                 QStringLiteral("$3.00"));
        QCOMPARE(
            value(model, QStringLiteral("hand-made"), PriceListModel::SourceRole).value<Source>(),
            Source::Override);
        const QJsonObject document
            = QJsonDocument::fromJson(AppTest::readFile(m_paths.priceOverridesFile())).object();
        QCOMPARE(document.value(QLatin1String("imported")).toArray(),
                 (QJsonArray{QLatin1String("acme/acme-large-1"), QLatin1String("my-finetune")}));

        // Editing an imported price by hand makes it an override.
        QCOMPARE(editor->savePrice(finetune, QStringLiteral("7"), QString(), QString(), QString(),
                                   QStringLiteral("8"), QString()),
                 QString());
        QCOMPARE(value(model, finetune, PriceListModel::SourceRole).value<Source>(),
                 Source::Override);
    }

    // A whole LiteLLM list changes thousands of rows: one reset instead of a signal per row.
    void largeImportResetsOnce()
    {
        QJsonObject litellm;
        for (int i = 0; i < 200; ++i)
            litellm.insert(QStringLiteral("acme/m-%1").arg(i, 3, 10, QLatin1Char('0')),
                           QJsonObject{{QLatin1String("input_cost_per_token"), 1e-06},
                                       {QLatin1String("output_cost_per_token"), 2e-06}});
        const QString file = m_dir->filePath(QStringLiteral("litellm.json"));
        QVERIFY(AppTest::writeFile(file, QJsonDocument(litellm).toJson()));
        auto editor = makeEditor();
        const int before = editor->model()->rowCount();
        QSignalSpy reset(editor->model(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(editor->model(), &QAbstractItemModel::rowsInserted);
        editor->importLiteLlm(QUrl::fromLocalFile(file));
        QVERIFY(waitIdle(*editor));
        QVERIFY2(editor->errorString().isEmpty(), qPrintable(editor->errorString()));
        QCOMPARE(editor->model()->rowCount(), before + 200);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(value(*editor->model(), QStringLiteral("acme/m-199"), PriceListModel::SourceRole)
                     .value<Source>(),
                 Source::Imported);
    }

    void importReportsBadFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("{\"gpt\": ") << QStringLiteral("invalid JSON");
        QTest::newRow("an array") << QByteArray("[1, 2]")
                                  << QStringLiteral("expected a JSON object");
        QTest::newRow("missing file") << QByteArray() << QStringLiteral("No such file");
    }

    void importReportsBadFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QByteArray before = R"({"models": {"hand-made": {"input": 1, "output": 2}}})";
        QVERIFY(AppTest::writeFile(m_paths.priceOverridesFile(), before));
        const QString file = m_dir->filePath(QStringLiteral("input.json"));
        if (!content.isNull())
            QVERIFY(AppTest::writeFile(file, content));
        auto editor = makeEditor();
        const int rows = editor->model()->rowCount();
        QSignalSpy changed(editor.get(), &PriceEditor::pricesChanged);

        editor->importLiteLlm(QUrl::fromLocalFile(file));
        QVERIFY(waitIdle(*editor));
        QVERIFY2(editor->errorString().startsWith(QLatin1String("The import failed: ") + file),
                 qPrintable(editor->errorString()));
        QVERIFY2(editor->errorString().contains(message), qPrintable(editor->errorString()));
        QCOMPARE(editor->message(), QString());
        QCOMPARE(changed.count(), 0);
        QCOMPARE(editor->model()->rowCount(), rows);
        QCOMPARE(AppTest::readFile(m_paths.priceOverridesFile()), before);
    }

    void repricesStoredCalls()
    {
        CallRecord call = AppTest::record("r1", AppTest::at(0, 10), QStringLiteral("acme-1"), 0);
        call.costUsd.reset(); // unknown model when it was recorded
        call.usage.inputTokens = 1000;
        call.usage.outputTokens = 500;
        QString error;
        QVERIFY2(AppTest::seed(m_paths.databaseFile(), {call}, &error), qPrintable(error));

        auto editor = makeEditor();
        QCOMPARE(editor->savePrice(QStringLiteral("acme-1"), QStringLiteral("1"), QString(),
                                   QString(), QString(), QStringLiteral("4"), QString()),
                 QString());
        QSignalSpy repriced(editor.get(), &PriceEditor::callsRepriced);
        editor->repriceCalls(AppTest::at(0, 0), AppTest::at(1, 0));
        QVERIFY(editor->busy());
        QVERIFY(waitIdle(*editor));
        QVERIFY2(editor->errorString().isEmpty(), qPrintable(editor->errorString()));
        // 1000 × $1/M + 500 × $4/M = $0.003
        QCOMPARE(editor->message(),
                 QStringLiteral("Re-priced 1 of 1 calls: $0.00 → $0.0030; calls without a "
                                "price: 1 → 0"));
        QCOMPARE(repriced.count(), 1);

        auto queries = CallQueries::open(m_paths.databaseFile(), &error);
        QVERIFY2(queries, qPrintable(error));
        const LogPage page = queries->logPage(CallFilter(), {}, 10);
        QCOMPARE(page.rows.size(), 1);
        QCOMPARE(page.rows.first().record.costUsd, std::optional<double>(0.003));
    }
};

QTEST_GUILESS_MAIN(TestPricingModel)
#include "tst_pricingmodel.moc"
