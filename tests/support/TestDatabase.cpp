#include "support/TestDatabase.h"

#include <stdexcept>

namespace tl::test {

TestDatabase::TestDatabase() : m_clock(QDateTime(QDate(2026, 3, 15), QTime(9, 0)))
{
    if (!m_dir.isValid())
        throw std::runtime_error("cannot create a temporary folder");
    m_path = m_dir.filePath(QStringLiteral("test.teamledger"));
    reopen();
}

TestDatabase::~TestDatabase() = default;

core::Context TestDatabase::context(const core::Session& session)
{
    return core::Context{*m_db, m_clock, session, nullptr};
}

void TestDatabase::reopen()
{
    m_db.reset();
    auto opened = core::Database::open(m_path, core::Database::OpenMode::OpenOrCreate);
    if (!opened)
        throw std::runtime_error(opened.error().fullText().toStdString());
    m_db = std::move(opened).value();
}

void TestDatabase::close()
{
    m_db.reset();
}

} // namespace tl::test
