#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>

#include <functional>

// Lets concurrent identical requests share one upstream call: the first to join a key goes
// upstream and must call finish(); those joining while it runs wait for it and are told
// whether it left an answer for them to read from the cache. Waiters are called from
// finish() itself: they should queue their work rather than do it there.
class CallCoalescer
{
public:
    using Resume = std::function<void(bool answered)>;

    // False: nobody is in flight for key; the caller now is and must call finish(key, ...).
    // True: resume is called when the call in flight finishes.
    bool join(const QByteArray &key, Resume resume);
    void finish(const QByteArray &key, bool answered);

    bool inFlight(const QByteArray &key) const { return m_waiting.contains(key); }
    int waiting(const QByteArray &key) const { return int(m_waiting.value(key).size()); }

private:
    QHash<QByteArray, QList<Resume>> m_waiting;
};
