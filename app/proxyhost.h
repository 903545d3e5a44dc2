#pragma once

#include "callrecord.h"
#include "proxyruntime.h"

#include <QObject>
#include <QThread>

// Runs a ProxyRuntime on a thread of its own, so that nothing the window does
// (layout, charts, a slow query) can delay a proxied call. Signals arrive on the
// thread that owns the host (the GUI thread).
class ProxyHost : public QObject
{
    Q_OBJECT
public:
    explicit ProxyHost(ProxyRuntime::Options options, QObject *parent = nullptr);
    ~ProxyHost() override; // stops the proxy and flushes every pending row

    void start();
    bool stop(QString *error = nullptr);
    // Applies the config files and provider keys again (e.g. after a key was stored).
    void reload();
    // Stops or resumes accepting connections; calls in flight complete.
    void setPaused(bool paused);
    // Has the proxy read again which client keys it refuses, after the app changed one.
    void reloadDisabledKeys();

Q_SIGNALS:
    void started(const QUrl &baseUrl);
    void failed(const QString &error);
    void warning(const QString &message);
    void reloaded();
    void rebound(const QUrl &baseUrl);
    void pausedChanged(bool paused);
    void callCompleted(const CallRecord &record);
    void callsWritten(int count); // the writer committed count more calls

private:
    QThread m_thread;
    ProxyRuntime *m_runtime;
    bool m_stopped = false;
};
