#include "callcoalescer.h"

bool CallCoalescer::join(const QByteArray &key, Resume resume)
{
    const auto it = m_waiting.find(key);
    if (it == m_waiting.end()) {
        m_waiting.insert(key, {});
        return false;
    }
    it->append(std::move(resume));
    return true;
}

void CallCoalescer::finish(const QByteArray &key, bool answered)
{
    const QList<Resume> waiters = m_waiting.take(key);
    for (const Resume &resume : waiters)
        resume(answered);
}
