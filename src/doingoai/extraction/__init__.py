"""Reading Vietnamese documents into proposed records: a pipeline of small components over one Doc."""
