# files of models/domain
target_sources(vafa_models PRIVATE
    domain/Row.h
    domain/Identity.h
    domain/User.h
    domain/Catalog.h
    domain/Document.h domain/Document.cpp
    domain/Finance.h
    domain/Ticket.h
    domain/Workflow.h)
