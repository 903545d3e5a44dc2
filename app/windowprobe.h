#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QQuickWindow>
#include <QTimer>

class LedgerReader;
class QTextStream;

// Measures what a user waits for in the window, and takes its screenshots: the time from
// the start of the process to the first frame, then for each page the time from switching
// to it until it stops changing (its queries done and their results drawn). Used by the
// benchmark (--probe-window) and scripts/screenshots.sh (--screenshots DIR), never in normal
// runs. Pages are the window's `page` indexes; their names come from its `pageKeys`.
class WindowProbe : public QObject
{
    Q_OBJECT
public:
    WindowProbe(QQuickWindow *window, LedgerReader *reader, QElapsedTimer sinceStart,
                QTextStream &out, QObject *parent = nullptr);

    // Where to save <NN>-<page>.png for each page; empty: no screenshots.
    void setScreenshotDirectory(const QString &directory) { m_screenshotDirectory = directory; }
    // Quiet time that ends a page's measurement (default 300 ms).
    void setSettleMs(int ms) { m_settleMs = ms; }

Q_SIGNALS:
    void finished(bool ok);

private:
    void onFrameSwapped();
    void poll();
    void visit(int page);
    void pageSettled();

    QPointer<QQuickWindow> m_window;
    LedgerReader *m_reader;
    QElapsedTimer m_sinceStart;
    QTextStream &m_out;
    QString m_screenshotDirectory;
    QStringList m_pageKeys;
    QTimer m_poll;
    int m_settleMs = 300;
    int m_page = -1; // -1 until the first frame
    qint64 m_pageStartMs = 0;
    qint64 m_lastFrameMs = -1;
    qint64 m_lastBusyMs = 0;
    bool m_ok = true;
};
