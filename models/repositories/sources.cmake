# files of models/repositories
target_sources(vafa_models PRIVATE
    repositories/Repository.h repositories/Repository.cpp
    repositories/IdentityRepository.h repositories/IdentityRepository.cpp
    repositories/UserRepository.h repositories/UserRepository.cpp
    repositories/ItemTypeRepository.h repositories/ItemTypeRepository.cpp
    repositories/ProductRepository.h repositories/ProductRepository.cpp
    repositories/DocumentRepository.h repositories/DocumentRepository.cpp
    repositories/FinanceRepositories.h repositories/FinanceRepositories.cpp
    repositories/ReceiptRepository.h repositories/FinancialAccountRepository.h repositories/PointRepository.h
    repositories/TicketRepository.h repositories/TicketRepository.cpp
    repositories/WorkflowRepository.h repositories/WorkflowRepository.cpp
    repositories/SettingsRepository.h repositories/SettingsRepository.cpp
    repositories/AuditLog.h repositories/AuditLog.cpp
    repositories/ClubOverviewRepository.h repositories/ClubOverviewRepository.cpp)
