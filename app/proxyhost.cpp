#include "proxyhost.h"

#include "calllogwriter.h"
#include "proxyservice.h"

ProxyHost::ProxyHost(ProxyRuntime::Options options, QObject *parent)
    : QObject(parent), m_runtime(new ProxyRuntime(std::move(options)))
{
    qRegisterMetaType<CallRecord>();
    m_thread.setObjectName(QStringLiteral("proxy"));
    m_runtime->moveToThread(&m_thread);
    connect(m_runtime, &ProxyRuntime::started, this, &ProxyHost::started);
    connect(m_runtime, &ProxyRuntime::failed, this, &ProxyHost::failed);
    connect(m_runtime, &ProxyRuntime::warning, this, &ProxyHost::warning);
    connect(m_runtime, &ProxyRuntime::reloaded, this, &ProxyHost::reloaded);
    connect(m_runtime, &ProxyRuntime::rebound, this, &ProxyHost::rebound);
    connect(m_runtime, &ProxyRuntime::pausedChanged, this, &ProxyHost::pausedChanged);
    connect(m_runtime, &ProxyRuntime::started, m_runtime, [this] {
        // The service exists once started; relay its calls to this thread.
        connect(m_runtime->service(), &ProxyService::callCompleted, this, &ProxyHost::callCompleted,
                Qt::QueuedConnection);
        connect(m_runtime->writer(), &CallLogWriter::rowsWritten, this, &ProxyHost::callsWritten,
                Qt::QueuedConnection);
    });
    m_thread.start();
}

ProxyHost::~ProxyHost()
{
    stop();
}

void ProxyHost::start()
{
    QMetaObject::invokeMethod(m_runtime, &ProxyRuntime::start, Qt::QueuedConnection);
}

void ProxyHost::reload()
{
    QMetaObject::invokeMethod(m_runtime, &ProxyRuntime::reload, Qt::QueuedConnection);
}

void ProxyHost::setPaused(bool paused)
{
    QMetaObject::invokeMethod(
        m_runtime, [runtime = m_runtime, paused] { runtime->setPaused(paused); },
        Qt::QueuedConnection);
}

void ProxyHost::reloadDisabledKeys()
{
    if (m_stopped) // the runtime is gone
        return;
    QMetaObject::invokeMethod(m_runtime, &ProxyRuntime::reloadDisabledKeys, Qt::QueuedConnection);
}

bool ProxyHost::stop(QString *error)
{
    if (m_stopped)
        return true;
    m_stopped = true;
    bool ok = true;
    QMetaObject::invokeMethod(
        m_runtime,
        [this, &ok, error] {
            ok = m_runtime->stop(error);
            delete m_runtime;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    return ok;
}
