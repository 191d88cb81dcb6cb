# files of models/core: the store, its dialect and migrations, list specs and paging, the
# repository base, the audit log and the settings table. Every area builds on these.
target_sources(vafa_models PRIVATE
    core/Actor.h core/Actor.cpp
    core/AuditLog.h core/AuditLog.cpp
    core/Company.h
    core/Dialect.h core/Dialect.cpp
    core/ListExporter.h core/ListExporter.cpp
    core/ListSpec.h
    core/Migrator.h core/Migrator.cpp
    core/PagedListModel.h core/PagedListModel.cpp
    core/Repository.h core/Repository.cpp
    core/Row.h
    core/SettingsRepository.h core/SettingsRepository.cpp
    core/SqlUtil.h core/SqlUtil.cpp
    core/Store.h core/Store.cpp
    core/TabularFile.h core/TabularFile.cpp
    core/TabularImport.h core/TabularImport.cpp
    core/ImportCommand.h core/ImportCommand.cpp)
# The .xlsx reader of TabularFile uses minizip (Debian: libminizip-dev), the zip library
# libxlsxwriter itself links. QuaZip cannot be used: it exports minizip's symbols (zipOpen3…)
# with its own Qt-based I/O, so libxlsxwriter's calls land in QuaZip and crash.
pkg_check_modules(MINIZIP REQUIRED IMPORTED_TARGET minizip)
target_link_libraries(vafa_models PRIVATE PkgConfig::MINIZIP)
qt_add_resources(vafa_models vafa_migrations PREFIX /migrations BASE core/migrations FILES
    core/migrations/0001_schema.sql
    core/migrations/0002_search.sqlite.sql
    core/migrations/0002_search.pg.sql
    core/migrations/0003_live_search.sqlite.sql
    core/migrations/0003_live_search.pg.sql
    core/migrations/0004_finance.sql
    core/migrations/0004_finance.pg.sql
    core/migrations/0005_row_counts.sqlite.sql
    core/migrations/0006_lockout.sql
    core/migrations/0007_company_start.sql
    core/migrations/0008_identities.sql
    core/migrations/0009_server.pg.sql
    core/migrations/0010_jobs.pg.sql
    core/migrations/0011_staff_keys.pg.sql)
