#include "windowprobe.h"

#include "ledgerreader.h"

#include <QCursor>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QTextStream>

namespace {
constexpr int PollMs = 10;

// The process's peak resident memory in MiB (Linux), -1 where unknown.
double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

constexpr int PageTimeoutMs = 30000;
} // namespace

WindowProbe::WindowProbe(QQuickWindow *window, LedgerReader *reader, QElapsedTimer sinceStart,
                         QTextStream &out, QObject *parent)
    : QObject(parent), m_window(window), m_reader(reader), m_sinceStart(sinceStart), m_out(out)
{
    m_pageKeys = window->property("pageKeys").toStringList();
    // The pointer away from the pages, so that no hover tooltip shows in a screenshot.
    QCursor::setPos(window->screen(), QPoint(0, 0));
    connect(window, &QQuickWindow::frameSwapped, this, &WindowProbe::onFrameSwapped,
            Qt::DirectConnection);
    m_poll.setInterval(PollMs);
    connect(&m_poll, &QTimer::timeout, this, &WindowProbe::poll);
}

void WindowProbe::onFrameSwapped()
{
    // frameSwapped comes from the render thread with the threaded render loop.
    const qint64 now = m_sinceStart.elapsed();
    QMetaObject::invokeMethod(
        this,
        [this, now] {
            m_lastFrameMs = now;
            if (m_page >= 0)
                return;
            m_out << "window first_frame_ms " << now << Qt::endl;
            m_page = 0;
            visit(0);
        },
        Qt::QueuedConnection);
}

void WindowProbe::visit(int page)
{
    m_page = page;
    m_pageStartMs = m_sinceStart.elapsed();
    m_lastBusyMs = m_pageStartMs;
    m_lastFrameMs = -1;
    m_window->setProperty("page", page);
    m_window->update();
    m_poll.start();
}

void WindowProbe::poll()
{
    const qint64 now = m_sinceStart.elapsed();
    if (!m_reader->isIdle())
        m_lastBusyMs = now;
    const qint64 quietSince = std::max(m_lastBusyMs, m_lastFrameMs);
    if (m_lastFrameMs >= 0 && now - quietSince >= m_settleMs) {
        m_poll.stop();
        pageSettled();
    } else if (now - m_pageStartMs > PageTimeoutMs) {
        m_poll.stop();
        m_out << "window page " << m_pageKeys.value(m_page) << " did not settle in "
              << PageTimeoutMs << " ms ("
              << (m_reader->isIdle() ? "frames kept coming" : "queries kept running") << ")"
              << Qt::endl;
        m_ok = false;
        pageSettled();
    }
}

void WindowProbe::pageSettled()
{
    const QString key = m_pageKeys.value(m_page, QString::number(m_page));
    m_out << "window page_" << key << "_ms "
          << std::max<qint64>(m_lastFrameMs, m_lastBusyMs) - m_pageStartMs << Qt::endl;
    if (!m_screenshotDirectory.isEmpty()) {
        const QString file = QDir(m_screenshotDirectory)
                                 .filePath(QStringLiteral("%1-%2.png")
                                               .arg(m_page + 1, 2, 10, QLatin1Char('0'))
                                               .arg(key));
        if (!m_window->grabWindow().save(file)) {
            m_out << "window cannot save " << file << Qt::endl;
            m_ok = false;
        }
    }
    if (m_page + 1 < m_pageKeys.size())
        visit(m_page + 1);
    else {
        m_out << "window peak_rss_mib " << qRound(peakRssMiB()) << Qt::endl;
        Q_EMIT finished(m_ok);
    }
}
