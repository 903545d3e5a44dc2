#pragma once

#include "languagemanager.h"
#include "ledgerpaths.h"
#include "ledgerreader.h"
#include "proxyhost.h"
#include "windowservices.h"

#include <QObject>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QVariantMap>

#include <memory>

// What the Qt Quick Test suites (tests/qml/tst_*.qml) give the window's pages: a real ledger
// of six known calls in a temporary data dir, and the objects the app hands Main.qml
// (WindowServices), over a proxy host that is never started. One instance per QML engine,
// i.e. per test file, so that a suite that writes (a key's label) leaves the others alone.
//
// The calls, by local day relative to today (the tests run with TZ=UTC), each 100 input and
// 20 output tokens:
//   r1  today  00:10  openai     gpt-4o         200  $1.25  key-a
//   r2  today  00:20  anthropic  claude-sonnet  200  $0.75  key-b
//   r3  -3 d   10:00  openai     gpt-4o-mini    429  $0.25  key-a
//   r4  -3 d   11:00  openai     gpt-4o         500  $0.50  key-b
//   r5  -20 d  12:00  anthropic  claude-sonnet  200  $2.00  key-a  user agent claude-cli/2.0
//   r6  -60 d  12:00  openai     gpt-4o         200  $4.00  no key
// Keys show their hints: key-a as "sk-…aaaa", key-b as "sk-…bbbb".
class LedgerFixture : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Fixture)
    QML_SINGLETON
    // Empty when the fixture could not be set up; the tests check it first.
    Q_PROPERTY(QString error READ error CONSTANT)
    Q_PROPERTY(LedgerReader *ledger READ ledger CONSTANT)
    // Main.qml's required properties, as main.cpp passes them (WindowServices).
    Q_PROPERTY(QVariantMap windowProperties READ windowProperties CONSTANT)

public:
    explicit LedgerFixture(QObject *parent = nullptr);
    ~LedgerFixture() override;

    QString error() const { return m_error; }
    LedgerReader *ledger() { return &m_services->reader(); }
    QVariantMap windowProperties() { return m_services->initialProperties(); }

private:
    bool seed();

    QTemporaryDir m_dir;
    LedgerPaths m_paths;
    QString m_error;
    LanguageManager m_languages;
    std::unique_ptr<ProxyHost> m_host;
    std::unique_ptr<WindowServices> m_services;
};
