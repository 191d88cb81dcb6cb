# files of models/workflow: processes, their states and the cartable
target_sources(vafa_models PRIVATE
    workflow/Workflow.h
    workflow/WorkflowRepository.h workflow/WorkflowRepository.cpp)
