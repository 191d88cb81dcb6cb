# files of models/store
target_sources(vafa_models PRIVATE
    store/ListSpec.h
    store/Dialect.h store/Dialect.cpp
    store/Migrator.h store/Migrator.cpp
    store/Store.h store/Store.cpp
    store/SqlUtil.h store/SqlUtil.cpp)
qt_add_resources(vafa_models vafa_migrations PREFIX /migrations BASE store/migrations FILES
    store/migrations/0001_schema.sql
    store/migrations/0002_search.sqlite.sql
    store/migrations/0002_search.pg.sql
    store/migrations/0003_live_search.sqlite.sql
    store/migrations/0003_live_search.pg.sql
    store/migrations/0004_finance.sql
    store/migrations/0004_finance.pg.sql
    store/migrations/0005_row_counts.sqlite.sql
    store/migrations/0006_lockout.sql)
