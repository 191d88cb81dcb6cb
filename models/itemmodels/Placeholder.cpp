// replaced by the first item model
