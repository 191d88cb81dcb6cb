# files of models/tickets
target_sources(vafa_models PRIVATE
    tickets/Ticket.h
    tickets/TicketRepository.h tickets/TicketRepository.cpp)
